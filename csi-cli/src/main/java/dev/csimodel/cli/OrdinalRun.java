package dev.csimodel.cli;

import dev.csimodel.analysis.study.StudyRows;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.ordinal.CorrelationKind;
import dev.csimodel.ordinal.IndicatorCorrelations;
import dev.csimodel.ordinal.OrdinalEstimator;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.OrdinalEntry;
import dev.csimodel.report.PathEntry;
import dev.csimodel.report.ReportBuilder;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.result.Diagnostic;
import dev.csimodel.spec.PathModel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code csi estimate --ordinal [IND,...]}: ordinal PLS (or PLSc with {@code --consistent}) on
 * the polychoric/polyserial correlations of the whole file. The weights apply to latent
 * responses, so there are no scores, 0-100 indices or importance-performance map; options that
 * need them, or the rows, are refused by name rather than ignored.
 */
final class OrdinalRun {

    /** The {@code --ordinal} value meaning "every indicator" (the option given without a list). */
    static final String ALL = "*";

    private final DataOptions data;
    private final OrdinalSettings settings;

    /**
     * @param value     the {@code --ordinal} value: {@link #ALL} or a comma-separated list of indicators
     * @param smoothing {@code --ordinal-smoothing}
     */
    OrdinalRun(DataOptions data, String value, boolean smoothing) {
        this.data = data;
        OrdinalSettings base = OrdinalSettings.allIndicators().withSmoothing(smoothing);
        this.settings = ALL.equals(value) ? base : base.withOrdinal(names(value));
    }

    private static String[] names(String value) {
        String[] names = Arrays.stream(value.split(",")).map(String::trim).toArray(String[]::new);
        if (Arrays.stream(names).anyMatch(String::isEmpty)) {
            throw new CsiSpecificationException("--ordinal expects indicator names separated by commas, got '"
                    + value + "'");
        }
        return names;
    }

    /**
     * @throws CsiSpecificationException naming the first option ordinal PLS does not support
     */
    static void requireSupported(EstimationRun run, PathModel model) {
        refuse(run.streaming, "--streaming", "the polychoric correlations need the rows' contingency tables");
        refuse(run.bootstrap.requested(), "--bootstrap", "resampling ordinal correlations is not supported yet");
        refuse(run.groups.group != null, "--group", "segments would each need their own polychoric matrix");
        refuse(run.data.handling().weightColumn() != null, "--weights", "polychoric correlations are unweighted");
        refuse(run.output.scale != null, "--scale", OrdinalResult.NO_SCORES);
        refuse(run.target != null, "--target", OrdinalResult.NO_SCORES);
        refuse(run.data.handling().missing() != MissingStrategy.REJECT, "--missing-strategy",
                "polychoric correlations need complete rows");
        refuse(run.estimator == Estimator.GSCA, "--estimator gsca", "ordinal indicators are a PLS option");
        if (!model.higherOrderConstructs().isEmpty() || model.hasInteractions()) {
            throw new CsiSpecificationException("--ordinal supports neither higher-order constructs nor interaction "
                    + "terms: both need construct scores, which ordinal indicators do not give");
        }
    }

    private static void refuse(boolean given, String option, String why) {
        if (given) {
            throw new CsiSpecificationException(option + " cannot be combined with --ordinal: " + why);
        }
    }

    /** @return the report of the ordinal fit with PLS settings {@code pls} and report settings {@code rs} */
    EstimationReport report(PathModel model, PlsSettings pls, ReportSettings rs) {
        SurveyData survey = SurveyData.load(data, null, List.of(model));
        DataTable table = survey.table().select(model.indicators());
        StudyRows.requireAllowed(table, MissingStrategy.REJECT, survey.source());
        OrdinalResult fit = new OrdinalEstimator(pls, settings).estimate(model, table);
        EstimationReport report = ReportBuilder.of(fit.pls(), rs.withOrdinal(entry(fit, model)), Optional.empty());
        return report.withPaths(withoutOlsInference(report.paths()))
                .withDiagnostics(fit.correlations().diagnostics().stream().map(OrdinalRun::entry).toList());
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

    private OrdinalEntry entry(OrdinalResult fit, PathModel model) {
        IndicatorCorrelations c = fit.correlations();
        List<String> ordinal = model.indicators().stream().filter(settings::isOrdinal).toList();
        List<String> kinds = c.kinds().stream().map(CorrelationKind::name).map(k -> k.toLowerCase(Locale.ROOT)).toList();
        return new OrdinalEntry(ordinal, kinds, settings.smoothing(), c.smoothed(), c.smallestEigenvalue(),
                OrdinalResult.NO_SCORES);
    }

    private static DiagnosticEntry entry(Diagnostic d) {
        return new DiagnosticEntry(d.kind().name(), d.kind().inadmissible(), d.constructs(), d.indicators(),
                ReportBuilder.number(d.value()), d.message());
    }
}
