package dev.csimodel.cli;

import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.ReportSettings;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code csi estimate}: estimates a model file on a CSV file and writes the report. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate a PLS path model (lavaan-style model file) on a CSV data file.")
final class EstimateCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model",
            description = "Model file, e.g. 'SAT =~ sat1 + sat2' blocks and 'SAT ~ QUAL + VAL' paths.")
    Path model;

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

    EstimateCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Estimation run = new Estimation(console, estimation, bootstrap, data.handling(), output.scale, groups.segmentWeights);
        PathModel parsed = run.prepare(ModelFile.read(model));
        ReportSettings rs = run.reportSettings(data.data.toString(), model.toString(), data.missingToken, groups.group);
        EstimationReport report = streaming
                ? new StreamingEstimation(run, parsed, data, groups.group).report(rs)
                : run.report(parsed, SurveyData.load(data, groups.group, List.of(parsed)), rs);
        ReportOutput.write(console, output.output, out -> output.format.writer().write(report, out));
    }
}
