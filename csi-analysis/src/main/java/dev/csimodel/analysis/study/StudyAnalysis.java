package dev.csimodel.analysis.study;

import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.waves.WaveAnalysis;
import dev.csimodel.analysis.waves.WaveResult;
import dev.csimodel.analysis.segments.SegmentComparisonResult;
import dev.csimodel.bootstrap.BootstrapListener;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.data.DataTable;
import dev.csimodel.groups.BootstrapGroupResult;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.ipma.ImpactBootstrap;
import dev.csimodel.models.ipma.ImpactDraws;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.models.nca.CombinedIpma;
import dev.csimodel.models.nca.NcaResult;
import dev.csimodel.models.nca.NecessityAnalysis;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link Study} on its data: the fit on all rows, the 0-100 indices and the
 * importance-performance map with a scale, the necessity analysis, the bootstrap (paths,
 * indices and the map's impacts from the same resamples) and, for grouped data, each segment's
 * own fit, the segments side by side and the tests. A model with interaction terms gets the
 * moderation estimate (with a bootstrap, the simple-slope analysis), one with higher-order
 * constructs the estimate of its stages, a study with ordinal indicators the ordinal PLS fit.
 * Every cell is checked against the scale
 * before any fit, so that an error quotes the data's own row numbers.
 */
public final class StudyAnalysis {

    private static final BootstrapListener SILENT = (done, total) -> { };

    private StudyAnalysis() {
    }

    /**
     * @param study the study
     * @param data  its rows (grouped, with waves, as the study needs)
     * @return {@link #run(Study, StudyData, BootstrapListener)} without progress reports
     */
    public static StudyResult run(Study study, StudyData data) {
        return run(study, data, SILENT);
    }

    /**
     * @param study    the study
     * @param data     its rows (grouped, with waves, as the study needs)
     * @param listener told the bootstrap's progress (not the simple-slope analysis's)
     * @return what the study found
     * @throws dev.csimodel.CsiDataException naming the column and row of a cell outside the scale
     *                                       (policy ERROR) or of a missing value the strategy rejects
     * @throws dev.csimodel.CsiEstimationException if the fit on all rows fails
     */
    public static StudyResult run(Study study, StudyData data, BootstrapListener listener) {
        if (study.ordinal().isPresent()) {
            return OrdinalStep.run(study, data);
        }
        if (study.model().hasInteractions()) {
            return ModerationStep.run(study, data);
        }
        if (!study.model().higherOrderConstructs().isEmpty()) {
            return HigherOrderStep.run(study, data);
        }
        List<StudyWarning> warnings = new ArrayList<>();
        Optional<ScaleScreen> screen = study.indicatorScales().map(s -> ScaleScreen.apply(data.table(),
                study.model().indicators(), s, study.outOfScale()));
        DataTable table = screen.map(ScaleScreen::table).orElse(data.table());
        PlsResult all = StudyRows.fit(study.model(), table, data.source(), study.settings(), study.handling());
        Optional<WeightSummary> weights = StudyRows.weights(study.handling(), study.model(), table);
        Optional<CsiIndex> indices = study.indicatorScales().map(s -> CsiIndex.of(all, s));
        warnings.addAll(StudyWarnings.undefinedIndices(indices));
        warnings.addAll(StudyWarnings.frequencyWeights(study.handling(), weights));
        if (study.suspectCodeCheck()) {
            warnings.addAll(StudyWarnings.suspectCodes(data.table(), study.model()));
        }
        screen.flatMap(s -> s.warning(study.scale().map(c -> "the scale " + c.min() + ":" + c.max())
                .orElse("their scales"))).ifPresent(warnings::add);
        Optional<ImportancePerformance> ipma = indices.flatMap(i -> ipma(study, all, i));
        Optional<Necessity> necessity = ipma.flatMap(m -> necessity(study, all, m, table, warnings));
        Optional<BootstrapResult> boot = study.bootstrap().map(plan -> StudyBootstrap.run(study, plan, all,
                StudyRows.bootstrapRows(study.model(), table, study.handling()), ipma, listener));
        boot.ifPresent(b -> warnings.addAll(StudyWarnings.bootstrapFailures(b)));
        Optional<ImpactDraws> impacts = boot.flatMap(b -> ipma.map(m -> ImpactBootstrap.draws(b, all,
                study.indicatorScales().orElseThrow(), m.target())));
        Optional<WaveResult> waves = study.waves().map(plan -> waves(study, plan, data, table));
        StudyResult whole = new StudyResult(study, data.source(), all, weights, indices, ipma, necessity, boot,
                impacts, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), waves, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), warnings);
        return data.groups().map(g -> withSegments(whole, g, warnings)).orElse(whole);
    }

    /**
     * The study's indices and map for a fit made elsewhere from moments alone (a one-pass stream,
     * a Spark job): 0-100 indices need only the fit's outer weights and indicator means. What
     * needs the rows (bootstrap, necessity analysis, segments, suspect codes) is not made.
     *
     * @param study       the study the fit belongs to
     * @param source      names the data
     * @param fit         the fit made from moments
     * @param weights     the case weights of the rows the moments hold, when weighted
     * @param wholeSample the fit of all rows gets the importance-performance map and the
     *                    frequency-weight warning; a segment's fit neither, as in {@link #run}
     * @return the result of {@code fit} with its indices, map and warnings
     */
    public static StudyResult fromFit(Study study, String source, PlsResult fit, Optional<WeightSummary> weights,
                                      boolean wholeSample) {
        Optional<CsiIndex> indices = study.indicatorScales().map(s -> CsiIndex.of(fit, s));
        List<StudyWarning> warnings = new ArrayList<>(StudyWarnings.undefinedIndices(indices));
        if (wholeSample) {
            warnings.addAll(StudyWarnings.frequencyWeights(study.handling(), weights));
        }
        Optional<ImportancePerformance> ipma = wholeSample ? indices.flatMap(i -> ipma(study, fit, i))
                : Optional.empty();
        return new StudyResult(study, source, fit, weights, indices, ipma, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), warnings);
    }

    /**
     * The map of the whole sample: for the study's target, else the model's default target;
     * none when a driver has no index (INDEX_UNDEFINED says which) or the model has no target.
     *
     * @throws dev.csimodel.CsiSpecificationException naming the target if it is unknown or has no predecessor
     */
    private static Optional<ImportancePerformance> ipma(Study study, PlsResult all, CsiIndex indices) {
        if (!indices.undefined().isEmpty()) {
            return Optional.empty();
        }
        IndicatorScales scales = study.indicatorScales().orElseThrow();
        return study.ipmaTarget().or(() -> ImportancePerformance.defaultTarget(all.model()))
                .map(t -> ImportancePerformance.constructs(all, scales, t));
    }

    /**
     * The necessity analysis on the 0-100 scores of the rows the fit used (listwise complete or
     * mean imputed), unweighted; empty, with an NCA_SKIPPED warning, when it cannot be made (a
     * driver whose scores do not vary).
     */
    private static Optional<Necessity> necessity(Study study, PlsResult all, ImportancePerformance map,
                                                 DataTable table, List<StudyWarning> warnings) {
        if (study.necessity().isEmpty()) {
            return Optional.empty();
        }
        NecessityPlan plan = study.necessity().get();
        IndicatorScales scales = study.indicatorScales().orElseThrow();
        try {
            DataTable rows = StudyRows.scoreRows(study.model().indicators(), table, study.handling().missing());
            ConstructScores scores = CsiIndex.of(all, scales, rows).respondents().orElseThrow();
            NcaResult nca = NecessityAnalysis.of(scores, map.target(),
                    map.drivers().stream().map(Driver::name).toList(), plan.nca());
            return Optional.of(new Necessity(nca, CombinedIpma.of(map, nca, scores, plan.cipma())));
        } catch (CsiException ex) {
            warnings.add(StudyWarnings.skipped(StudyWarningKind.NCA_SKIPPED, "no necessary condition analysis: "
                    + ex.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * @return the waves compared on the screened rows, in the plan's order (else sorted)
     * @throws CsiSpecificationException if the data has no wave column
     */
    private static WaveResult waves(Study study, WavePlan plan, StudyData data, DataTable table) {
        GroupedData waves = data.waves().orElseThrow(() -> new CsiSpecificationException("the study compares waves "
                + "but the data " + data.source() + " has none; give each row its wave (StudyData.withWaves)"));
        List<String> order = plan.order().isEmpty() ? waves.groups().stream().sorted().toList() : plan.order();
        return WaveAnalysis.run(study.model(), table, waves.labels(), order, study.indicatorScales().orElseThrow(),
                plan.settings().withEstimation(study.settings()));
    }

    /** @return {@code whole} with each segment's fit, the side-by-side comparison and the group tests */
    private static StudyResult withSegments(StudyResult whole, GroupedData grouped, List<StudyWarning> warnings) {
        Study study = whole.study();
        SegmentAnalysis segments = new SegmentAnalysis(study, grouped);
        List<SegmentFit> fits = segments.fits(whole.fit(), whole.source(), grouped.groupColumn());
        Optional<SegmentComparisonResult> comparison = study.handling().weightColumn() == null
                ? Optional.of(segments.comparison()) : Optional.empty();
        Optional<BootstrapGroupResult> tests = study.segments().groupTests()
                ? segments.groupTests(study.bootstrap().orElseThrow(), warnings) : Optional.empty();
        return new StudyResult(study, whole.source(), whole.fit(), whole.weights(), whole.indices(), whole.ipma(),
                whole.necessity(), whole.bootstrap(), whole.impacts(), Optional.of(grouped.groupColumn()), fits,
                comparison, tests, whole.waves(), whole.moderation(), whole.slopes(), whole.higherOrder(),
                whole.ordinal(), warnings);
    }
}
