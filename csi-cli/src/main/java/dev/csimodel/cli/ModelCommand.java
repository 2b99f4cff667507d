package dev.csimodel.cli;

import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.ReportSettings;
import dev.csimodel.models.national.IndexModel;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code csi model NAME}: estimates a predefined national CSI model ({@link IndexModel}) with the
 * survey's columns bound to its constructs by {@code --map}.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Estimate a predefined national CSI model (scsb, acsi, acsi_government, ecsi, ecsi_complaints, ccsi).",
                "Bind its constructs to your columns with --map, e.g. --map 'SAT=sat1,sat2,sat3;CE=ce1,ce2'."})
final class ModelCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "NAME", description = "The model: ${COMPLETION-CANDIDATES}.")
    IndexModel model;

    @Option(names = "--map", required = true, paramLabel = "MAP", converter = ConstructMapConverter.class,
            description = "Construct-to-column binding: CONSTRUCT=col,col;CONSTRUCT=col,... "
                    + "Optional constructs (complaints) may be left out.")
    ConstructMapConverter.ConstructMap map;

    @Mixin
    DataOptions data;

    @Mixin
    GroupOptions groups;

    @Mixin
    EstimationOptions estimation;

    @Mixin
    BootstrapOptions bootstrap;

    @Mixin
    OutputOptions output;

    @Option(names = "--streaming",
            description = "Read the CSV file in one pass into moments, in memory that does not grow with the "
                    + "number of rows (for files larger than the heap). Not with --bootstrap, mean or pairwise "
                    + "missing-value strategies, or pooled segment weights.")
    boolean streaming;

    private final Console console;

    ModelCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Estimation run = new Estimation(console, estimation, bootstrap, data.handling(), output.scale, groups.segmentWeights);
        PathModel bound = run.prepare(model.bind(map.bindings()));
        String name = model.name() + " (" + model.title() + ", " + model.source() + ")";
        ReportSettings rs = run.reportSettings(data.data.toString(), name, data.missingToken, groups.group);
        EstimationReport report = streaming
                ? new StreamingEstimation(run, bound, data, groups.group).report(rs)
                : run.report(bound, SurveyData.load(data, groups.group, List.of(bound)), rs);
        ReportOutput.write(console, output.output, out -> output.format.writer().write(report, out));
    }
}
