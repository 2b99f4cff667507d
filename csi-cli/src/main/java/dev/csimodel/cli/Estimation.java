package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.segments.ComparisonSettings;
import dev.csimodel.analysis.study.BootstrapPlan;
import dev.csimodel.analysis.study.NecessityPlan;
import dev.csimodel.analysis.study.OutOfScalePolicy;
import dev.csimodel.analysis.study.SegmentPlan;
import dev.csimodel.analysis.study.Study;
import dev.csimodel.analysis.study.StudyAnalysis;
import dev.csimodel.analysis.study.StudyData;
import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.analysis.study.StudyRows;
import dev.csimodel.analysis.study.WeightSummary;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.index.SegmentStrategy;
import dev.csimodel.moderation.ModerationSettings;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.report.StudyReport;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Optional;

/**
 * The options of a command turned into a {@link Study}, run by {@link StudyAnalysis} and reported
 * by {@link StudyReport}: the fit on all rows and on each segment, the 0-100 indices when the
 * questionnaire scale is known, the map, the bootstrap when asked for. Progress goes to the
 * terminal's bar.
 */
final class Estimation {

    /** The options of a command that has no bootstrap. */
    static final BootstrapOptions NO_BOOTSTRAP = new BootstrapOptions();

    private final Console console;
    private final EstimationOptions options;
    private final BootstrapOptions bootstrap;
    private final DataHandling handling;
    private final Optional<Scale> scale;
    private final SegmentWeights segmentWeights;
    private final PlsSettings settings;
    private OutOfScalePolicy outOfScale = OutOfScalePolicy.ERROR;
    private boolean mga;
    private Optional<String> ipmaTarget = Optional.empty();
    private NecessityPlan necessity;
    private ModerationSettings interaction = ModerationSettings.defaults();
    private HigherOrderMethod higherOrder = HigherOrderMethod.DISJOINT_TWO_STAGE;
    private OrdinalSettings ordinal;
    private SegmentRequest segmentRequest = new SegmentRequest(false, GroupOptions.DEFAULT_PERMUTATIONS, 0, null, 1);

    /**
     * @param bootstrap the bootstrap options; {@link #NO_BOOTSTRAP} for commands without one
     */
    Estimation(Console console, EstimationOptions options, BootstrapOptions bootstrap, DataHandling handling,
               Scale scale, SegmentWeights segmentWeights) {
        this.console = console;
        this.options = options;
        this.bootstrap = bootstrap;
        this.handling = handling;
        this.scale = Optional.ofNullable(scale);
        this.segmentWeights = segmentWeights;
        this.settings = PlsSettings.defaults().withScheme(options.scheme).withConsistent(options.consistent);
        if (bootstrap.requested() && handling.missing() == MissingStrategy.PAIRWISE) {
            throw new CsiSpecificationException("--bootstrap resamples whole rows: it cannot be combined with "
                    + "--missing-strategy pairwise; use mean or listwise for missing values");
        }
    }

    /** Sets what a cell outside {@code --scale} does (default {@link OutOfScalePolicy#ERROR}); returns this. */
    Estimation outOfScale(OutOfScalePolicy policy) {
        this.outOfScale = policy;
        return this;
    }

    /** Asks for the bootstrap multi-group tests of the segments ({@code --mga}); returns this. */
    Estimation mga(boolean value) {
        this.mga = value;
        return this;
    }

    /** Sets what the segment comparison of {@code --group} runs; returns this. */
    Estimation segmentComparison(SegmentRequest request) {
        this.segmentRequest = request;
        return this;
    }

    /**
     * Sets the construct the importance-performance analysis is made for ({@code --target}, or a
     * predefined model's satisfaction construct); empty for the default rule. Returns this.
     */
    Estimation ipmaTarget(Optional<String> target) {
        this.ipmaTarget = target;
        return this;
    }

    /** Adds the NCA and the cIPMA to the whole sample's map when the rows are in memory; returns this. */
    Estimation necessity(NecessityPlan value) {
        this.necessity = value;
        return this;
    }

    /** Sets how interaction terms are estimated ({@code --interaction}); returns this. */
    Estimation interaction(ModerationSettings value) {
        this.interaction = value;
        return this;
    }

    /** Sets how higher-order constructs are estimated ({@code --hoc}); returns this. */
    Estimation higherOrder(HigherOrderMethod value) {
        this.higherOrder = value;
        return this;
    }

    /** Sets the ordinal indicators ({@code --ordinal}), or null for none; returns this. */
    Estimation ordinal(OrdinalSettings value) {
        this.ordinal = value;
        return this;
    }

    /** @return the PLS settings the options make */
    PlsSettings settings() {
        return settings;
    }

    /**
     * @return the study of {@code model} these options describe; {@code codesDeclared}: {@code --missing}
     *         given. Ordinal PLS and a model with interaction terms or higher-order constructs get no scale (a scale
     *         the source declares is ignored for it, {@code --scale} is refused before)
     */
    Study study(PathModel model, boolean codesDeclared) {
        Study.Builder b = Study.builder(model).settings(settings).handling(handling).outOfScale(outOfScale)
                .suspectCodeCheck(!codesDeclared).segments(segmentPlan()).interaction(interaction)
                .higherOrder(higherOrder).ordinal(ordinal);
        if (scale.isPresent() && !variant(model)) {
            b.scale(scale.get()).ipmaTarget(ipmaTarget.orElse(null)).necessity(necessity);
        }
        if (bootstrap.requested()) {
            b.bootstrap(bootstrapPlan());
        }
        return b.build();
    }

    private BootstrapPlan bootstrapPlan() {
        IntervalMethod interval = bootstrap.interval().method();
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(bootstrap.resamples).withSeed(options.seed)
                .withIntervals(IntervalMethod.PERCENTILE, interval);
        return new BootstrapPlan(bootstrap.threads == null ? bs : bs.withThreads(bootstrap.threads), interval);
    }

    private SegmentPlan segmentPlan() {
        ComparisonSettings cs = ComparisonSettings.defaults().withPermutations(segmentRequest.permutations())
                .withReplicates(segmentRequest.replicates()).withSeed(segmentRequest.seed())
                .withThreads(segmentRequest.threadCount())
                .withStrategy(segmentWeights == SegmentWeights.POOLED ? SegmentStrategy.POOLED : SegmentStrategy.SEPARATE);
        return new SegmentPlan(cs, segmentRequest.compare(), mga);
    }

    /** @return the fit of {@code model} on the used columns of {@code table} */
    PlsResult fit(PathModel model, DataTable table, String source) {
        return StudyRows.fit(model, table, source, settings, handling);
    }

    /** @return the rows the missing-value strategy leaves, without missing values (see {@link StudyRows#scoreRows}) */
    DataTable scoreRows(PathModel model, DataTable table) {
        return scoreRows(model.indicators(), table);
    }

    /** @return {@link #scoreRows(PathModel, DataTable)} over the given indicators (e.g. of two models) */
    DataTable scoreRows(List<String> indicators, DataTable table) {
        return StudyRows.scoreRows(indicators, table, handling.missing());
    }

    /**
     * @return the report on all rows, with one segment per group if the data is grouped; for a
     *         model with interaction terms the moderation report, with higher-order constructs the
     *         higher-order report, with {@code --ordinal} the ordinal report
     */
    EstimationReport report(PathModel model, SurveyData survey, ReportSettings rs) {
        Study study = study(model, rs.missingToken() != null);
        StudyData data = survey.groups().map(g -> StudyData.grouped(survey.source(), g))
                .orElseGet(() -> StudyData.of(survey.source(), survey.table()));
        if (study.bootstrap().isEmpty()) {
            return StudyReport.of(StudyAnalysis.run(study, data), rs);
        }
        try (ProgressBar bar = new ProgressBar(console, "bootstrap", bootstrap.resamples)) {
            return StudyReport.of(StudyAnalysis.run(study, data, (done, total) -> bar.update(done)), rs);
        }
    }

    /**
     * @param weights     the case weights of the streamed rows, when weighted
     * @param wholeSample the whole sample gets the map and the weight warning, a segment neither
     * @return the report of a fit from moments alone (streamed data), with its indices
     */
    EstimationReport reportFromMoments(PlsResult fit, ReportSettings rs, Optional<WeightSummary> weights,
                                       boolean wholeSample) {
        StudyResult result = StudyAnalysis.fromFit(study(fit.model(), true), rs.data(), fit, weights, wholeSample);
        return StudyReport.of(result, rs);
    }

    /**
     * @throws CsiSpecificationException naming the option that needs the rows, which streaming
     *                                   does not keep
     */
    void requireStreamable(boolean grouped) {
        if (bootstrap.requested()) {
            throw new CsiSpecificationException("--bootstrap resamples the rows, which --streaming does not keep; "
                    + "drop one of the two options");
        }
        if (handling.missing() == MissingStrategy.MEAN || handling.missing() == MissingStrategy.PAIRWISE) {
            throw new CsiSpecificationException("--streaming allows only --missing-strategy listwise: mean replacement "
                    + "and pairwise deletion need a second pass over the file");
        }
        if (scale.isPresent() && outOfScale == OutOfScalePolicy.MISSING) {
            throw new CsiSpecificationException("--out-of-scale missing needs the rows, which --streaming does not "
                    + "keep; out-of-scale values are reported as errors when streaming");
        }
        if (handling.weightColumn() != null && handling.weightKind() == WeightKind.SAMPLING) {
            // the rescaling of sampling weights to the row count is not done in the stream yet;
            // refusing beats reporting n = Σw as if the weights were frequencies
            throw new CsiSpecificationException("--streaming reads --weights only as --weights-kind frequency "
                    + "(n = sum of the weights); add that option or drop --streaming");
        }
        if (grouped && scale.isPresent() && segmentWeights == SegmentWeights.POOLED) {
            throw new CsiSpecificationException("--segment-weights pooled scores each segment's rows with the whole "
                    + "sample's weights, and --streaming does not keep the rows; use separate");
        }
    }

    /** @return the settings of the study of {@code model} as reported, with the names of data and model */
    ReportSettings reportSettings(PathModel model, String data, String modelName, String missingToken, String group) {
        ReportSettings rs = StudyReport.settings(study(model, true), data, modelName, missingToken, group, options.htmt);
        if (!variant(model) || scale.isEmpty()) {
            return rs;
        }
        // the variants' studies ignore a scale the source declares; the report still names it, as it did
        return new ReportSettings(rs.data(), rs.model(), rs.scheme(), rs.scaling(), rs.consistent(), rs.tolerance(),
                rs.maxIterations(), rs.missingToken(), rs.missingStrategy(), rs.weights(), rs.bootstrap(), rs.seed(),
                rs.interval(), scale.get().min(), scale.get().max(), rs.group(), rs.segmentWeights(),
                rs.htmtCorrelations(), rs.weightKind(), rs.effectiveObservations(), rs.estimator(), rs.ordinal());
    }

    /** @return whether {@code model} (or {@code --ordinal}) is estimated by a variant that takes no scale */
    private boolean variant(PathModel model) {
        return ordinal != null || model.hasInteractions() || !model.higherOrderConstructs().isEmpty();
    }
}
