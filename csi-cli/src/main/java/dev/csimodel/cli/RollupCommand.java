package dev.csimodel.cli;

import dev.csimodel.analysis.study.StudyRows;
import dev.csimodel.analysis.study.ScaleScreen;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.rollup.HierarchyFile;
import dev.csimodel.analysis.rollup.Rollup;
import dev.csimodel.analysis.rollup.RollupResult;
import dev.csimodel.analysis.rollup.RollupSettings;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.io.GroupedData;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.SegmentStrategy;
import dev.csimodel.report.RollupReport;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code csi rollup}: company, industry, sector and national indices of a CSI programme
 * ({@link Rollup}), with stratified bootstrap intervals on request. Options and wiring only.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = {"Indices of a CSI programme: each company (the --group column) from its respondents, each",
                "industry as the revenue-weighted mean of its companies, each sector as the revenue-weighted mean",
                "of its industries, the nation as the GDP-share-weighted mean of the sectors (the ACSI way).",
                "--bootstrap N resamples respondents within companies and recomputes the whole hierarchy."})
final class RollupCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model", description = "The model file.")
    Path model;

    @Option(names = "--hierarchy", required = true, paramLabel = "FILE.csv",
            description = "CSV with columns company, industry, sector, revenue, gdp_share (one line per company).")
    Path hierarchy;

    @Option(names = "--group", required = true, paramLabel = "COLUMN",
            description = "The data column naming each respondent's company, as in the hierarchy.")
    String group;

    @Option(names = "--scoring", paramLabel = "pooled|separate", defaultValue = "pooled",
            description = "Company indices from the pooled index weights (default, the ACSI way) or one estimation per company.")
    SegmentStrategy scoring;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "" + RollupSettings.DEFAULT_MINIMUM_SIZE,
            description = "Companies with fewer respondents are excluded and reported (default: ${DEFAULT-VALUE}).")
    int minimumSize;

    @Mixin
    DataOptions data;

    @Mixin
    EstimationOptions estimation;

    @Mixin
    BootstrapOptions bootstrap;

    @Mixin
    OutputOptions output;

    private final Console console;

    RollupCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        requireSupported();
        List<Path> inputs = data.inputsWith(model, hierarchy);
        ReportOutput.requireNotInput(output.output, inputs);
        Estimation run = new Estimation(console, estimation, Estimation.NO_BOOTSTRAP, data.handling(), output.scale,
                SegmentWeights.SEPARATE);
        PathModel parsed = ModelFile.read(model);
        GroupedData grouped = rows(SurveyData.load(data, group, List.of(parsed)).groups().orElseThrow(), parsed);
        RollupResult result = Rollup.compute(parsed, grouped, HierarchyFile.read(hierarchy),
                IndicatorScales.uniform(output.scale), settings(run));
        RollupReport report = RollupReport.of(data.sourceName(), hierarchy.toString(), result);
        ReportOutput.write(console, output.output, inputs, out -> report.write(output.format, out));
    }

    private void requireSupported() {
        if (output.scale == null) {
            throw new CsiSpecificationException("rollup needs --scale MIN:MAX, the questionnaire's answer range");
        }
        if (data.weights != null) {
            throw new CsiSpecificationException("--weights is not supported by rollup: companies are weighted by "
                    + "revenue and sectors by GDP share; respondents within a company count equally");
        }
        if (data.missingStrategy == MissingStrategy.MEAN || data.missingStrategy == MissingStrategy.PAIRWISE) {
            throw new CsiSpecificationException("--missing-strategy " + data.missingStrategy.name().toLowerCase()
                    + " is not supported by rollup; use listwise, or recode the data");
        }
    }

    private RollupSettings settings(Estimation run) {
        RollupSettings s = RollupSettings.defaults().withScoring(scoring).withMinimumSize(minimumSize)
                .withEstimation(run.settings());
        bootstrap.validate();
        if (bootstrap.ci != null && bootstrap.ci != CiOption.PERCENTILE) {
            throw new CsiSpecificationException("rollup gives percentile intervals only; drop --ci");
        }
        if (bootstrap.requested()) {
            s = s.withBootstrap(bootstrap.resamples, estimation.seed)
                    .withThreads(bootstrap.threads == null ? Runtime.getRuntime().availableProcessors() : bootstrap.threads);
        }
        return s;
    }

    /** The model's columns, checked against the scale, complete rows only under listwise deletion. */
    private GroupedData rows(GroupedData grouped, PathModel parsed) {
        DataTable table = ScaleScreen.apply(grouped.table(), parsed.indicators(), output.scale, output.outOfScale).table();
        if (data.missingStrategy != MissingStrategy.LISTWISE) {
            StudyRows.requireAllowed(table.select(parsed.indicators()), data.missingStrategy, data.sourceName());
            return new GroupedData(table, grouped.groupColumn(), grouped.labels());
        }
        List<String> labels = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (complete(table, parsed, r)) {
                keep.add(r);
                labels.add(grouped.labels().get(r));
            }
        }
        return new GroupedData(table.rows(keep.stream().mapToInt(Integer::intValue).toArray()), grouped.groupColumn(),
                labels);
    }

    private static boolean complete(DataTable table, PathModel model, int row) {
        return model.indicators().stream().noneMatch(c -> Double.isNaN(table.value(row, c)));
    }
}
