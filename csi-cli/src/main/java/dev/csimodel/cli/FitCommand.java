package dev.csimodel.cli;

import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.FitBootstrap;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.report.FitTestTable;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code csi fit}: SRMR, d_ULS and d_G with the Bollen-Stine bootstrap. Options and wiring only. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Overall model fit: SRMR, d_ULS and d_G of the saturated and the estimated model, with the",
                "Bollen-Stine bootstrap's HI95/HI99 quantiles and p-values (Dijkstra and Henseler 2015)."})
final class FitCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model", description = "The model file.")
    Path model;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "" + BootstrapSettings.DEFAULT_RESAMPLES,
            description = "Bollen-Stine resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
    Integer threads;

    @Mixin
    DataOptions data;

    @Mixin
    EstimationOptions estimation;

    @Mixin
    OutputOptions output;

    private final Console console;

    FitCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        BootstrapOptions counts = new BootstrapOptions();
        counts.resamples = resamples;
        counts.threads = threads;
        counts.validate();
        List<Path> inputs = data.inputsWith(model);
        ReportOutput.requireNotInput(output.output, inputs);
        Estimation run = new Estimation(console, estimation, Estimation.NO_BOOTSTRAP, data.handling(), output.scale,
                SegmentWeights.SEPARATE);
        PathModel parsed = ModelFile.read(model);
        DataTable rows = ModelRows.of(data, output, run, parsed);
        BootstrapSettings settings = BootstrapSettings.defaults().withResamples(resamples).withSeed(estimation.seed);
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        FitTestTable report = FitTestTable.of(data.sourceName(), model.toString(),
                new FitBootstrap(new PlsEstimator(run.settings()), settings).run(parsed, rows));
        ReportOutput.write(console, output.output, inputs, out -> report.write(output.format, out));
    }
}
