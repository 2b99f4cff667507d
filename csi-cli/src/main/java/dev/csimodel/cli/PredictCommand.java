package dev.csimodel.cli;

import dev.csimodel.data.DataTable;
import dev.csimodel.predict.PlsPredict;
import dev.csimodel.predict.PredictionSettings;
import dev.csimodel.report.PredictionTable;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code csi predict}: PLSpredict of a model's endogenous indicators. Options and wiring only. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"PLSpredict (Shmueli et al. 2016, 2019): k-fold out-of-sample RMSE, MAE and Q2predict of every",
                "endogenous indicator, beside the linear-model benchmark."})
final class PredictCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model", description = "The model file.")
    Path model;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
            description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--repetitions", paramLabel = "R", defaultValue = "1",
            description = "Repetitions of the fold split, averaged (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Mixin
    DataOptions data;

    @Mixin
    EstimationOptions estimation;

    @Mixin
    OutputOptions output;

    private final Console console;

    PredictCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        List<Path> inputs = data.inputsWith(model);
        ReportOutput.requireNotInput(output.output, inputs);
        Estimation run = new Estimation(console, estimation, Estimation.NO_BOOTSTRAP, data.handling(), output.scale,
                SegmentWeights.SEPARATE);
        PathModel parsed = ModelFile.read(model);
        DataTable rows = ModelRows.of(data, output, run, parsed);
        PredictionSettings settings = PredictionSettings.defaults().withFolds(folds).withRepetitions(repetitions)
                .withSeed(estimation.seed);
        PredictionTable report = PredictionTable.of(data.sourceName(), model.toString(), rows.rowCount(),
                new PlsPredict(run.settings(), settings).run(parsed, rows));
        ReportOutput.write(console, output.output, inputs, out -> report.write(output.format, out));
    }
}
