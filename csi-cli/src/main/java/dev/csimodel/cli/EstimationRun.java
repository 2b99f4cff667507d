package dev.csimodel.cli;

import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.ReportSettings;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The options and the flow shared by {@code csi estimate} and {@code csi model}: read the data
 * (in memory or streamed), estimate the model, write the report.
 */
final class EstimationRun {

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

    /**
     * Estimates the model and writes the report.
     *
     * @param modelSource the model as read or bound, before the options that change it (--consistent)
     * @param modelName   how the report names the model
     * @param modelFiles  the model files read (inputs that {@code --output} must not overwrite)
     */
    void execute(Console console, Supplier<PathModel> modelSource, String modelName, List<Path> modelFiles) {
        execute(console, modelSource, modelName, modelFiles, InteractionOption.TWO_STAGE);
    }

    /**
     * As {@link #execute(Console, Supplier, String, List)}; a model with interaction terms is
     * estimated by {@code interaction} (see {@link ModerationReporting}).
     */
    void execute(Console console, Supplier<PathModel> modelSource, String modelName, List<Path> modelFiles,
                 InteractionOption interaction) {
        bootstrap.validate();
        groups.validate();
        List<Path> inputs = new ArrayList<>(modelFiles);
        inputs.add(0, data.data);
        ReportOutput.requireNotInput(output.output, inputs);
        Estimation run = new Estimation(console, estimation, bootstrap, data.handling(), output.scale, groups.weights())
                .outOfScale(output.outOfScale);
        PathModel model = run.prepare(modelSource.get());
        ReportSettings rs = run.reportSettings(data.data.toString(), modelName, data.missingToken(), groups.group);
        EstimationReport report;
        if (model.hasInteractions()) {
            ModerationReporting.requireSupported(model, streaming, estimation.consistent, groups.group != null,
                    data.handling().weightColumn() != null, output.scale != null);
            report = new ModerationReporting(console, run, bootstrap, estimation.seed, interaction)
                    .report(model, SurveyData.load(data, groups.group, List.of(model)), rs);
        } else {
            report = streaming
                    ? new StreamingEstimation(run, model, data, groups.group).report(rs)
                    : run.report(model, SurveyData.load(data, groups.group, List.of(model)), rs);
        }
        ReportOutput.write(console, output.output, inputs, out -> output.format.writer().write(report, out));
        Warnings.print(console, Warnings.of(report), output.strict);
    }
}
