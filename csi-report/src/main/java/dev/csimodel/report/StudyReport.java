package dev.csimodel.report;

import dev.csimodel.analysis.study.BootstrapPlan;
import dev.csimodel.analysis.study.SegmentFit;
import dev.csimodel.analysis.study.Study;
import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.analysis.study.StudyWarning;
import dev.csimodel.analysis.study.WeightSummary;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.HtmtCorrelations;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.PlsResult;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a {@link StudyResult} into the report the writers print ({@link ReportFormat}): the fit
 * with its 0-100 indices, the importance-performance map with the necessity analysis and the
 * impacts' intervals, the bootstrap, each segment's own report, the segments side by side and
 * the group tests, and every warning of the run in the order it arose. A model with interaction
 * terms gets the moderation section (interaction effects, simple slopes), one with higher-order
 * constructs the higher-order section with the stage-1 report, a study with ordinal indicators
 * the ordinal section.
 *
 * <pre>{@code
 * StudyResult result = StudyAnalysis.run(study, data);
 * EstimationReport report = StudyReport.of(result, StudyReport.settings(study, "bank.csv", "ecsi.model", null, null, HtmtCorrelations.ABSOLUTE));
 * ReportFormat.HTML.writer().write(report, out);
 * }</pre>
 */
public final class StudyReport {

    private StudyReport() {
    }

    /**
     * @param result   what the study found
     * @param settings what the report says was done (see {@link #settings})
     * @return the report of {@code result}, with {@code settings} as what the report says was done
     */
    public static EstimationReport of(StudyResult result, ReportSettings settings) {
        if (result.ordinal().isPresent()) {
            return OrdinalSection.report(result, settings);
        }
        if (result.moderation().isPresent()) {
            return ModerationSection.report(result, settings);
        }
        if (result.higherOrder().isPresent()) {
            return HigherOrderSection.report(result, settings);
        }
        WeightKind kind = result.study().handling().weightKind();
        EstimationReport report = fit(result.fit(), weighted(settings, result.weights(), kind), result.indices())
                .withDiagnostics(entries(result.warnings()));
        report = withIpma(report, result);
        if (result.bootstrap().isPresent()) {
            IntervalMethod interval = result.study().bootstrap().orElseThrow().interval();
            report = BootstrapSection.attach(report, result.bootstrap().get(), interval);
            if (report.ipma() != null && result.impacts().isPresent()) {
                report = report.withIpma(ImpactIntervals.attach(report.ipma(), result.impacts().get()));
            }
        }
        if (result.groupColumn().isEmpty()) {
            return report;
        }
        report = report.withSegments(result.segments().stream().map(s -> segment(s, settings, kind)).toList());
        if (result.comparison().isPresent()) {
            report = report.withSegmentComparison(SegmentComparisonEntry.of(result.study().model(),
                    result.comparison().get()));
        }
        EstimationReport segmented = report;
        return result.groupTests().map(g -> Inference.withGroupTests(segmented, g)).orElse(segmented);
    }

    /**
     * @param result what the study found
     * @return the waves of {@code result} as their report (indices per wave, changes with
     *         intervals and p-values, paths per wave; text, JSON and HTML with the trend chart),
     *         when the study compared waves
     */
    public static Optional<WaveTable> waves(StudyResult result) {
        return result.waves().map(w -> WaveTable.of(result.source(), w));
    }

    /**
     * @param fit      the fit reported
     * @param settings what the report says was done
     * @param index the 0-100 indices, when the scale is known; an undefined one is reported as
     *              absent (null, n/a)
     * @return the report of one fit: measurement, paths, effects, quality, diagnostics and indices
     */
    public static EstimationReport fit(PlsResult fit, ReportSettings settings, Optional<CsiIndex> index) {
        return ReportBuilder.of(fit, settings, index.map(i -> c -> i.index(c).orElse(Double.NaN)));
    }

    /**
     * @param settings what the report says was done
     * @param weights  the case weights of the rows the fit used, when weighted
     * @param kind how the weights are read
     * @return {@code settings} with the weight kind and Kish's effective n of {@code weights}, if weighted
     */
    public static ReportSettings weighted(ReportSettings settings, Optional<WeightSummary> weights, WeightKind kind) {
        if (weights.isEmpty()) {
            return settings;
        }
        OptionalDouble kish = weights.get().kishEffectiveSize();
        // all-zero weights give 0/0; such data is rejected by the fit, but never report a NaN
        return settings.withWeighting(lower(kind), kish.isPresent() ? kish.getAsDouble() : null);
    }

    /**
     * @param study         the study run
     * @param data          names the data (a file name)
     * @param model         names the model (a file name or a predefined model)
     * @param missingToken  the cell text read as missing, or null
     * @param group         the grouping column, or null
     * @param htmt          which indicator correlations HTMT averages
     * @return what the report says was done: the study's settings under these names
     */
    public static ReportSettings settings(Study study, String data, String model, String missingToken, String group,
                                          HtmtCorrelations htmt) {
        PlsSettings pls = study.settings();
        DataHandling handling = study.handling();
        Optional<BootstrapPlan> boot = study.bootstrap();
        return new ReportSettings(data, model, lower(pls.scheme()), lower(pls.scaling()), pls.consistent(),
                pls.tolerance(), pls.maxIterations(), missingToken,
                handling.missing() == MissingStrategy.REJECT ? null : lower(handling.missing()),
                handling.weightColumn(), boot.map(b -> b.settings().resamples()).orElse(null),
                boot.map(b -> b.settings().seed()).orElse(null), boot.map(b -> lower(b.interval())).orElse(null),
                study.scale().map(Scale::min).orElse(null), study.scale().map(Scale::max).orElse(null), group,
                group == null || study.indicatorScales().isEmpty() ? null : lower(study.segments().weighting()),
                lower(htmt), handling.weightColumn() == null ? null : lower(handling.weightKind()), null);
    }

    /**
     * @param warnings a study's warnings
     * @return the report entries of {@code warnings}, in their order
     */
    public static List<DiagnosticEntry> entries(List<StudyWarning> warnings) {
        return warnings.stream().map(w -> DiagnosticEntry.warning(w.kind().name(), w.constructs(), w.indicators(),
                w.message())).toList();
    }

    private static EstimationReport withIpma(EstimationReport report, StudyResult result) {
        if (result.ipma().isEmpty()) {
            return report;
        }
        IndicatorScales scales = result.study().indicatorScales().orElseThrow();
        IpmaEntry ipma = IpmaEntries.of(result.fit(), scales, result.ipma().get());
        if (result.necessity().isPresent()) {
            ipma = ipma.withNecessity(NcaEntry.of(result.necessity().get().nca()),
                    CipmaEntry.of(result.necessity().get().combined()));
        }
        return report.withIpma(ipma);
    }

    private static SegmentEntry segment(SegmentFit s, ReportSettings settings, WeightKind kind) {
        if (s.fit().isEmpty()) {
            return SegmentEntry.skipped(s.label(), s.rows(), s.skipped().orElseThrow());
        }
        EstimationReport own = fit(s.fit().get(), weighted(settings, s.weights(), kind), s.index())
                .withDiagnostics(entries(s.warnings()));
        return SegmentEntry.estimated(s.label(), s.rows(), own);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
