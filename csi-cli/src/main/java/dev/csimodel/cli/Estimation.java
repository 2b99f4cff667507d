package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.ReportBuilder;
import dev.csimodel.cli.report.ReportSettings;
import dev.csimodel.cli.report.SegmentEntry;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.io.GroupedData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Estimates one model with the options of a command, on all rows and on each segment. */
final class Estimation {

    private final EstimationOptions options;
    private final DataOptions data;
    private final PlsSettings settings;

    Estimation(EstimationOptions options, DataOptions data) {
        this.options = options;
        this.data = data;
        this.settings = PlsSettings.defaults().withScheme(options.scheme);
        requireAvailable();
    }

    private void requireAvailable() {
        if (options.consistent) {
            throw new CsiSpecificationException("--consistent: consistent PLS not available in this build");
        }
        if (options.bootstrap != null) {
            throw new CsiSpecificationException("--bootstrap: the bootstrap is not available in this build");
        }
    }

    /** @return the model as estimated: reflective blocks as common factors with {@code --consistent} */
    PathModel prepare(PathModel model) {
        return options.consistent ? ModelFile.reflectiveAsCommonFactors(model) : model;
    }

    /** @return the fit of {@code model} on the used columns of {@code table} */
    PlsResult fit(PathModel model, DataTable table, String source) {
        DataTable used = MissingValues.prepare(table.select(model.indicators()), data.missingStrategy, source);
        return new PlsEstimator(settings).estimate(model, used);
    }

    /** @return the report on all rows, with one segment per group if the data is grouped */
    EstimationReport report(PathModel model, SurveyData survey, String modelName) {
        ReportSettings rs = reportSettings(modelName);
        EstimationReport all = ReportBuilder.of(fit(model, survey.table(), data.data.toString()), rs);
        if (survey.groups().isEmpty()) {
            return all;
        }
        GroupedData g = survey.groups().get();
        List<SegmentEntry> segments = new ArrayList<>();
        for (Map.Entry<String, DataTable> e : g.segments().entrySet()) {
            String source = data.data + " (" + g.groupColumn() + " = " + e.getKey() + ")";
            segments.add(new SegmentEntry(e.getKey(), ReportBuilder.of(fit(model, e.getValue(), source), rs)));
        }
        return all.withSegments(segments);
    }

    ReportSettings reportSettings(String modelName) {
        return new ReportSettings(data.data.toString(), modelName, lower(settings.scheme()), lower(settings.scaling()),
                options.consistent, settings.tolerance(), settings.maxIterations(), data.missingToken,
                data.missingStrategy == null ? null : data.missingStrategy.toString(), options.bootstrap,
                options.bootstrap == null ? null : options.seed, null, null, data.group);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
