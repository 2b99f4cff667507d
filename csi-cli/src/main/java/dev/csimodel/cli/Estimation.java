package dev.csimodel.cli;

import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.ReportBuilder;
import dev.csimodel.cli.report.ReportSettings;
import dev.csimodel.cli.report.SegmentEntry;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates one model with the options of a command, on all rows and on each segment, and adds
 * the 0-100 indices when the questionnaire scale is known.
 */
final class Estimation {

    private final EstimationOptions options;
    private final MissingStrategyOption missing;
    private final Optional<Scale> scale;
    private final SegmentWeights segmentWeights;
    private final PlsSettings settings;

    Estimation(EstimationOptions options, MissingStrategyOption missing, Scale scale, SegmentWeights segmentWeights) {
        this.options = options;
        this.missing = missing;
        this.scale = Optional.ofNullable(scale);
        this.segmentWeights = segmentWeights;
        this.settings = PlsSettings.defaults().withScheme(options.scheme).withConsistent(options.consistent);
        requireAvailable();
    }

    private void requireAvailable() {
        if (options.bootstrap != null) {
            throw new CsiSpecificationException("--bootstrap: the bootstrap is not available in this build");
        }
    }

    /** @return the PLS settings the options make */
    PlsSettings settings() {
        return settings;
    }

    /** @return the model as estimated: reflective blocks as common factors with {@code --consistent} */
    PathModel prepare(PathModel model) {
        return options.consistent ? ModelFile.reflectiveAsCommonFactors(model) : model;
    }

    /** @return the fit of {@code model} on the used columns of {@code table} */
    PlsResult fit(PathModel model, DataTable table, String source) {
        return new PlsEstimator(settings).estimate(model, prepared(model, table, source));
    }

    private DataTable prepared(PathModel model, DataTable table, String source) {
        return MissingValues.prepare(table.select(model.indicators()), missing, source);
    }

    /** @return the report on all rows, with one segment per group if the data is grouped */
    EstimationReport report(PathModel model, SurveyData survey, ReportSettings rs) {
        PlsResult all = fit(model, survey.table(), survey.source());
        EstimationReport report = report(all, rs, scale.map(s -> CsiIndex.of(all, IndicatorScales.uniform(s))));
        if (survey.groups().isEmpty()) {
            return report;
        }
        GroupedData g = survey.groups().get();
        List<SegmentEntry> segments = new ArrayList<>();
        for (Map.Entry<String, DataTable> e : g.segments().entrySet()) {
            String source = survey.source() + " (" + g.groupColumn() + " = " + e.getKey() + ")";
            int rows = e.getValue().rowCount();
            try {
                segments.add(SegmentEntry.estimated(e.getKey(), rows, segment(model, all, e.getValue(), source, rs)));
            } catch (CsiException ex) {
                segments.add(SegmentEntry.skipped(e.getKey(), rows, ex.getMessage()));
            }
        }
        return report.withSegments(segments);
    }

    private EstimationReport segment(PathModel model, PlsResult all, DataTable rows, String source, ReportSettings rs) {
        PlsResult own = fit(model, rows, source);
        Optional<CsiIndex> index = scale.map(IndicatorScales::uniform).map(scales -> segmentWeights == SegmentWeights.POOLED
                ? CsiIndex.of(all, scales, prepared(model, rows, source))
                : CsiIndex.of(own, scales));
        return report(own, rs, index);
    }

    private static EstimationReport report(PlsResult fit, ReportSettings rs, Optional<CsiIndex> index) {
        return ReportBuilder.of(fit, rs, index.map(i -> i::index));
    }

    /** @return the settings as reported, with the names of data and model */
    ReportSettings reportSettings(String data, String model, String missingToken, String group) {
        return new ReportSettings(data, model, lower(settings.scheme()), lower(settings.scaling()),
                options.consistent, settings.tolerance(), settings.maxIterations(), missingToken,
                missing == null ? null : missing.toString(), options.bootstrap,
                options.bootstrap == null ? null : options.seed,
                scale.map(Scale::min).orElse(null), scale.map(Scale::max).orElse(null), group,
                group == null || scale.isEmpty() ? null : segmentWeights.toString());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
