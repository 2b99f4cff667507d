package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingData;
import dev.csimodel.data.missing.PreparedData;
import dev.csimodel.gsca.GscaEstimator;
import dev.csimodel.gsca.GscaResult;
import dev.csimodel.gsca.GscaSettings;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.GscaReportBuilder;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.spec.PathModel;

import java.util.List;

/**
 * {@code --estimator gsca}: one GSCA fit of the model on the whole file (missing values as
 * {@code --missing-strategy} says). The options that only PLS runs support are refused by name
 * rather than ignored.
 */
final class GscaRun {

    private final DataOptions data;

    GscaRun(DataOptions data) {
        this.data = data;
    }

    /**
     * @throws CsiSpecificationException naming the first option GSCA does not support
     */
    static void requireSupported(EstimationRun run) {
        refuse(run.estimation.consistent, "--consistent");
        refuse(run.bootstrap.requested(), "--bootstrap");
        refuse(run.groups.group != null, "--group");
        refuse(run.data.handling().weightColumn() != null, "--weights");
        refuse(run.output.scale != null, "--scale");
        refuse(run.streaming, "--streaming");
    }

    private static void refuse(boolean given, String option) {
        if (given) {
            throw new CsiSpecificationException(option + " is not supported with --estimator gsca (GSCA reports "
                    + "weights, loadings, paths and R² only); drop " + option + " or use --estimator pls");
        }
    }

    /** @return the report of the GSCA fit, with settings {@code rs} */
    EstimationReport report(PathModel model, ReportSettings rs) {
        SurveyData survey = SurveyData.load(data, null, List.of(model));
        PreparedData prepared = MissingData.prepare(survey.table(), model.indicators(), data.handling().missing(), null);
        GscaSettings settings = GscaSettings.defaults();
        GscaResult fit = new GscaEstimator(settings).estimate(model, prepared.moments());
        ReportSettings gsca = new ReportSettings(rs.data(), rs.model(), null, "standardised", false,
                settings.tolerance(), settings.maxIterations(), rs.missingToken(), rs.missingStrategy(),
                null, null, null, null, null, null, null, null, rs.htmtCorrelations());
        return GscaReportBuilder.of(fit, gsca);
    }
}
