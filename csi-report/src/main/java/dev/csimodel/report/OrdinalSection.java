package dev.csimodel.report;

import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.ordinal.CorrelationKind;
import dev.csimodel.ordinal.IndicatorCorrelations;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.result.Diagnostic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report of a study with ordinal indicators: the usual tables of the fit on the polychoric
 * correlations, the ordinal section in the settings, the correlations' diagnostics, and paths
 * without OLS standard errors, t and p (see {@link #withoutOlsInference}).
 */
final class OrdinalSection {

    private OrdinalSection() {
    }

    /** @return the report of {@code result}, whose ordinal estimate is present */
    static EstimationReport report(StudyResult result, ReportSettings settings) {
        OrdinalResult fit = result.ordinal().orElseThrow();
        EstimationReport report = ReportBuilder.of(fit.pls(), settings.withOrdinal(entry(fit,
                result.study().ordinal().orElseThrow(), result)), Optional.empty());
        return report.withPaths(withoutOlsInference(report.paths()))
                .withDiagnostics(fit.correlations().diagnostics().stream().map(OrdinalSection::entry).toList());
    }

    /**
     * The OLS standard errors of the library's regressions treat the construct correlations as
     * those of n observed scores; polychoric correlations vary more than Pearson ones and there are
     * no scores, so std.err, t and p are withheld (null, "n/a") rather than reported too small.
     */
    private static List<PathEntry> withoutOlsInference(List<PathEntry> paths) {
        return paths.stream().map(p -> new PathEntry(p.from(), p.to(), p.estimate(), null, null, null, p.f2(), p.vif(),
                null, null, null, null, null, null, null)).toList();
    }

    private static OrdinalEntry entry(OrdinalResult fit, OrdinalSettings settings, StudyResult result) {
        IndicatorCorrelations c = fit.correlations();
        List<String> ordinal = result.study().model().indicators().stream().filter(settings::isOrdinal).toList();
        List<String> kinds = c.kinds().stream().map(CorrelationKind::name).map(k -> k.toLowerCase(Locale.ROOT)).toList();
        return new OrdinalEntry(ordinal, kinds, settings.smoothing(), c.smoothed(), c.smallestEigenvalue(),
                OrdinalResult.NO_SCORES);
    }

    private static DiagnosticEntry entry(Diagnostic d) {
        return new DiagnosticEntry(d.kind().name(), d.kind().inadmissible(), d.constructs(), d.indicators(),
                ReportBuilder.number(d.value()), d.message());
    }
}
