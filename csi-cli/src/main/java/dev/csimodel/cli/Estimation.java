package dev.csimodel.cli;

import dev.csimodel.estimate.WeightKind;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapStatistic;
import dev.csimodel.models.ipma.ImpactBootstrap;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingData;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.report.ImpactIntervals;
import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.Inference;
import dev.csimodel.report.IpmaEntries;
import dev.csimodel.report.ReportBuilder;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.report.SegmentEntry;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates one model with the options of a command, on all rows and on each segment; adds the
 * 0-100 indices when the questionnaire scale is known and the bootstrap when asked for (on all
 * rows only: a bootstrap per segment would multiply the cost by the number of segments).
 */
final class Estimation {

    /** The options of a command that has no bootstrap. */
    static final BootstrapOptions NO_BOOTSTRAP = new BootstrapOptions();

    private final EstimationOptions options;
    private final BootstrapOptions bootstrap;
    private final DataHandling handling;
    private final Optional<Scale> scale;
    private final SegmentWeights segmentWeights;
    private final PlsSettings settings;
    private final Resampling resampling;
    private OutOfScale outOfScale = OutOfScale.ERROR;
    private boolean mga;
    private Optional<String> ipmaTarget = Optional.empty();
    private NecessityReporting necessity;
    private SegmentRequest segmentRequest = new SegmentRequest(false, GroupOptions.DEFAULT_PERMUTATIONS, 0, null, 1);

    /**
     * @param bootstrap the bootstrap options; {@link #NO_BOOTSTRAP} for commands without one
     */
    Estimation(Console console, EstimationOptions options, BootstrapOptions bootstrap, DataHandling handling,
               Scale scale, SegmentWeights segmentWeights) {
        this.options = options;
        this.bootstrap = bootstrap;
        this.handling = handling;
        this.scale = Optional.ofNullable(scale);
        this.segmentWeights = segmentWeights;
        this.settings = PlsSettings.defaults().withScheme(options.scheme).withConsistent(options.consistent);
        this.resampling = new Resampling(console, bootstrap, options.seed);
        if (bootstrap.requested() && handling.missing() == MissingStrategy.PAIRWISE) {
            throw new CsiSpecificationException("--bootstrap resamples whole rows: it cannot be combined with "
                    + "--missing-strategy pairwise; use mean or listwise for missing values");
        }
    }

    /** Sets what a cell outside {@code --scale} does (default {@link OutOfScale#ERROR}); returns this. */
    Estimation outOfScale(OutOfScale policy) {
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

    /** @return the PLS settings the options make */
    PlsSettings settings() {
        return settings;
    }

    /** @return the columns a fit of {@code model} reads: its indicators and the weight column */
    List<String> columns(PathModel model) {
        List<String> out = new ArrayList<>(model.indicators());
        handling.weights().ifPresent(out::add);
        return out;
    }

    /** @return the fit of {@code model} on the used columns of {@code table} */
    PlsResult fit(PathModel model, DataTable table, String source) {
        MissingValues.requireAllowed(table.select(model.indicators()), handling.missing(), source);
        return new PlsEstimator(settings).estimate(model, table.select(columns(model)), handling);
    }

    /**
     * @return the rows the strategy leaves, without missing values: imputed (mean) or complete
     *         (listwise, and pairwise, which has no single row set); for row-based methods
     *         (bootstrap, PLSpredict, indices from rows)
     */
    DataTable scoreRows(PathModel model, DataTable table) {
        return scoreRows(model.indicators(), table);
    }

    /** @return {@link #scoreRows(PathModel, DataTable)} over the given indicators (e.g. of two models) */
    DataTable scoreRows(List<String> indicators, DataTable table) {
        MissingStrategy strategy = handling.missing() == MissingStrategy.REJECT ? MissingStrategy.REJECT
                : handling.missing() == MissingStrategy.MEAN ? MissingStrategy.MEAN : MissingStrategy.LISTWISE;
        return MissingData.prepare(table, indicators, strategy, null).rows();
    }

    /**
     * @return {@link #scoreRows} with the weight column of those rows, so that each resampled
     *         respondent carries its weight
     */
    private DataTable bootstrapRows(PathModel model, DataTable table) {
        DataTable rows = scoreRows(model, table);
        return handling.weightColumn() == null ? rows
                : rows.withColumn(handling.weightColumn(), Weighting.usedWeights(handling, model, table));
    }

    /**
     * @return {@code rs} with the weight kind and Kish's effective n of rows with weight sum
     *         {@code sum} and sum of squares {@code squares} (for the streamed report)
     */
    ReportSettings weighted(ReportSettings rs, double sum, double squares) {
        return Weighting.settings(rs, handling, sum, squares);
    }

    /** @return the frequency-weight warning of {@code rows} rows with weight sum {@code sum} (streamed report) */
    List<DiagnosticEntry> weightWarnings(double rows, double sum) {
        return Weighting.frequencyWarnings(handling, rows, sum);
    }

    /** @return the report on all rows, with one segment per group if the data is grouped */
    EstimationReport report(PathModel model, SurveyData survey, ReportSettings rs) {
        // All rows are checked before any fit, so a segment's error quotes the file's row numbers.
        Optional<ScaleCells> cells = scale.map(s -> ScaleCells.apply(survey.table(), model.indicators(), s, outOfScale));
        DataTable table = cells.map(ScaleCells::table).orElse(survey.table());
        PlsResult all = fit(model, table, survey.source());
        rs = Weighting.settings(rs, handling, model, table);
        EstimationReport report = report(all, rs, scale.map(s -> CsiIndex.of(all, IndicatorScales.uniform(s))))
                .withDiagnostics(Weighting.frequencyWarnings(handling, model, table));
        if (rs.missingToken() == null) {
            report = report.withDiagnostics(MissingValues.suspectCodeWarnings(survey.table(), model));
        }
        if (cells.isPresent() && cells.get().diagnostic(scale.get()).isPresent()) {
            report = report.withDiagnostics(List.of(cells.get().diagnostic(scale.get()).get()));
        }
        if (scale.isPresent()) {
            report = withIpma(report, all, scale.get());
            if (necessity != null) {
                report = necessity.attach(report, all, IndicatorScales.uniform(scale.get()), scoreRows(model, table));
            }
        }
        if (bootstrap.requested()) {
            // the impacts of the map just made get intervals from the same resamples
            List<BootstrapStatistic> impacts = report.ipma() == null ? List.of() : List.of(ImpactBootstrap.statistic(
                    all, IndicatorScales.uniform(scale.orElseThrow()), report.ipma().target()));
            BootstrapResult boot = resampling.run(settings, model, bootstrapRows(model, table), handling, scale, impacts);
            report = resampling.attach(report, boot);
            if (report.ipma() != null) {
                report = report.withIpma(ImpactIntervals.attach(report.ipma(), ImpactBootstrap.draws(boot, all,
                        IndicatorScales.uniform(scale.orElseThrow()), report.ipma().target())));
            }
        }
        if (survey.groups().isEmpty()) {
            return report;
        }
        GroupedData g = survey.groups().get();
        List<SegmentEntry> segments = new ArrayList<>();
        for (Map.Entry<String, DataTable> e : g.segments().entrySet()) {
            String source = survey.source() + " (" + g.groupColumn() + " = " + e.getKey() + ")";
            int rows = e.getValue().rowCount();
            try {
                DataTable seg = scale.map(s -> ScaleCells.apply(e.getValue(), model.indicators(), s, OutOfScale.MISSING).table())
                        .orElse(e.getValue());
                segments.add(SegmentEntry.estimated(e.getKey(), rows, segment(model, all, seg, source, rs)));
            } catch (CsiException ex) {
                segments.add(SegmentEntry.skipped(e.getKey(), rows, ex.getMessage()));
            }
        }
        report = report.withSegments(segments);
        if (handling.weightColumn() == null) {
            report = new SegmentSideBySide(this, segmentRequest, scale, segmentWeights).attach(report, model, g);
        }
        return mga ? withGroupTests(report, model, g) : report;
    }

    /** The bootstrap multi-group tests; a group that cannot be bootstrapped gives a warning instead. */
    private EstimationReport withGroupTests(EstimationReport report, PathModel model, GroupedData g) {
        List<String> labels = new ArrayList<>();
        List<DataTable> groups = new ArrayList<>();
        for (Map.Entry<String, DataTable> e : g.segments().entrySet()) {
            DataTable seg = scale.map(s -> ScaleCells.apply(e.getValue(), model.indicators(), s, OutOfScale.MISSING).table())
                    .orElse(e.getValue());
            labels.add(e.getKey());
            groups.add(scoreRows(model, seg));
        }
        try {
            return Inference.withGroupTests(report, resampling.groupTests(settings, model, labels, groups));
        } catch (CsiException ex) {
            return report.withDiagnostics(List.of(DiagnosticEntry.warning("MGA_SKIPPED", List.of(), List.of(),
                    "no multi-group tests: " + ex.getMessage())));
        }
    }

    /**
     * Sets the construct the importance-performance analysis is made for ({@code --target}, or a
     * predefined model's satisfaction construct); empty for the default of
     * {@link ImportancePerformance#defaultTarget}. Returns this.
     */
    Estimation ipmaTarget(Optional<String> target) {
        this.ipmaTarget = target;
        return this;
    }

    /**
     * Adds the NCA and the cIPMA to the whole sample's map when the rows are in memory; null (the
     * default) for none. Returns this.
     */
    Estimation necessity(NecessityReporting value) {
        this.necessity = value;
        return this;
    }

    /** The map of the whole sample only: the HTML report draws it once, for the whole sample. */
    private EstimationReport withIpma(EstimationReport report, PlsResult fit, Scale scale) {
        if (!CsiIndex.of(fit, IndicatorScales.uniform(scale)).undefined().isEmpty()) {
            return report; // the map needs every driver's index; INDEX_UNDEFINED says which is missing
        }
        return ipmaTarget.or(() -> ImportancePerformance.defaultTarget(fit.model()))
                .map(t -> report.withIpma(IpmaEntries.of(fit, IndicatorScales.uniform(scale), t)))
                .orElse(report);
    }

    /**
     * @return the report of a fit from moments alone (streamed data): 0-100 indices need only the
     *         fit's outer weights and the indicator means, so they are computed too, and the
     *         importance-performance map for the whole sample ({@code wholeSample}), as in memory
     */
    EstimationReport reportFromMoments(PlsResult fit, ReportSettings rs, boolean wholeSample) {
        EstimationReport report = report(fit, rs, scale.map(s -> CsiIndex.of(fit, IndicatorScales.uniform(s))));
        return wholeSample && scale.isPresent() ? withIpma(report, fit, scale.get()) : report;
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
        if (scale.isPresent() && outOfScale == OutOfScale.MISSING) {
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

    private EstimationReport segment(PathModel model, PlsResult all, DataTable rows, String source, ReportSettings rs) {
        PlsResult own = fit(model, rows, source);
        rs = Weighting.settings(rs, handling, model, rows);
        Optional<CsiIndex> index = scale.map(IndicatorScales::uniform).map(scales -> segmentWeights == SegmentWeights.POOLED
                ? CsiIndex.of(all, scales, scoreRows(model, rows))
                : CsiIndex.of(own, scales));
        return report(own, rs, index);
    }

    private static EstimationReport report(PlsResult fit, ReportSettings rs, Optional<CsiIndex> index) {
        // NaN marks an undefined index for the builder, which reports it as absent (null, n/a)
        EstimationReport report = ReportBuilder.of(fit, rs, index.map(i -> c -> i.index(c).orElse(Double.NaN)));
        return index.map(i -> report.withDiagnostics(i.undefined().stream()
                .map(u -> DiagnosticEntry.warning("INDEX_UNDEFINED", List.of(u.construct()), List.of(u.indicator()),
                        "no 0-100 index for " + u.construct() + ": " + u.reason())).toList())).orElse(report);
    }

    /** @return the settings as reported, with the names of data and model */
    ReportSettings reportSettings(String data, String model, String missingToken, String group) {
        boolean boot = bootstrap.requested();
        return new ReportSettings(data, model, lower(settings.scheme()), lower(settings.scaling()),
                options.consistent, settings.tolerance(), settings.maxIterations(), missingToken,
                handling.missing() == MissingStrategy.REJECT ? null : lower(handling.missing()),
                handling.weightColumn(), bootstrap.resamples, boot ? options.seed : null, boot ? bootstrap.interval().toString() : null,
                scale.map(Scale::min).orElse(null), scale.map(Scale::max).orElse(null), group,
                group == null || scale.isEmpty() ? null : segmentWeights.toString(),
                lower(options.htmt), handling.weightColumn() == null ? null : lower(handling.weightKind()),
                null);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
