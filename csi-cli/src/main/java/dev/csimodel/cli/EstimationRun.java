package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.Inference;
import dev.csimodel.cli.report.ReportSettings;
import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.io.spss.LabelledRange;
import dev.csimodel.models.index.Scale;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Option(names = "--target", paramLabel = "CONSTRUCT",
            description = "The construct the importance-performance map, the impacts and the priority list are made"
                    + " for (needs --scale). Default: the final endogenous construct with the most predecessors;"
                    + " for csi model, the model's satisfaction construct.")
    String target;

    /** The target when {@code --target} is not given; null for the rule of the model's shape. */
    String defaultTarget;

    /** {@code csi estimate --ordinal}: ordinal PLS on polychoric correlations; null for Pearson correlations. */
    OrdinalRun ordinal;

    /** How higher-order constructs are estimated ({@code csi estimate --hoc}). */
    HigherOrderMethod higherOrder = HigherOrderMethod.DISJOINT_TWO_STAGE;

    private EstimationReport higherOrder(Estimation run, PathModel model, ReportSettings rs) {
        HigherOrderEstimation.requireSupported(model, HigherOrderEstimation.unsupported(streaming,
                bootstrap.requested(), groups.group, output.scale != null, data.handling(), estimation.consistent));
        return HigherOrderEstimation.report(run, higherOrder, model, SurveyData.load(data, null, List.of(model)), rs);
    }

    @Option(names = "--estimator", paramLabel = "pls|gsca",
            description = "pls (PLS path modelling, default) or gsca (generalized structured component analysis,"
                    + " Hwang and Takane 2004; composites '<~' fit the structural model, common factors '=~' also"
                    + " their loadings). GSCA reports weights, loadings, paths and R².")
    Estimator estimator = Estimator.PLS;

    /**
     * Estimates the model and writes the report.
     *
     * @param modelSource the model as read (its blocks declare their measurement) or bound
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
        if (groups.mga && !bootstrap.requested()) {
            throw new CsiSpecificationException("--mga bootstraps every group; add --bootstrap N or drop it");
        }
        if (streaming && SavData.isSav(data)) {
            throw new CsiSpecificationException("--streaming reads CSV files; " + data.data.getFileName()
                    + " (SPSS) is read in memory: drop --streaming");
        }
        XlsxData.requireSheetOnlyForXlsx(data);
        if (streaming && XlsxData.isXlsx(data)) {
            throw new CsiSpecificationException("--streaming reads CSV files; " + data.data.getFileName()
                    + " (Excel) is read in memory: drop --streaming");
        }
        PathModel model = modelSource.get();
        Scale scale = scale(console, model);
        if (target != null && scale == null) {
            throw new CsiSpecificationException("--target " + target + " needs --scale: impacts and the "
                    + "importance-performance map are on the 0-100 index scale");
        }
        Estimation run = new Estimation(console, estimation, bootstrap, data.handling(), scale, groups.weights())
                .outOfScale(output.outOfScale).mga(groups.mga)
                .ipmaTarget(Optional.ofNullable(target).or(() -> Optional.ofNullable(defaultTarget)));
        if (estimator == Estimator.GSCA) {
            GscaRun.requireSupported(this);
        }
        ReportSettings rs = run.reportSettings(data.data.toString(), modelName, data.missingToken(), groups.group);
        if (estimator == Estimator.GSCA && (!model.higherOrderConstructs().isEmpty() || model.hasInteractions())) {
            throw new CsiSpecificationException("--estimator gsca supports neither higher-order constructs nor "
                    + "interaction terms; drop --estimator gsca");
        }
        if (!model.higherOrderConstructs().isEmpty() && model.hasInteractions()) {
            throw new CsiSpecificationException("a model with both a higher-order construct and interaction terms "
                    + "is not supported yet");
        }
        EstimationReport report;
        if (ordinal != null) {
            OrdinalRun.requireSupported(this, model);
            report = ordinal.report(model, run.settings(), rs);
        } else if (model.hasInteractions()) {
            ModerationReporting.requireSupported(model, streaming, estimation.consistent, groups.group != null,
                    data.handling().weightColumn() != null, output.scale != null);
            report = new ModerationReporting(console, run, bootstrap, estimation.seed, interaction)
                    .report(model, SurveyData.load(data, groups.group, List.of(model)), rs);
        } else if (!model.higherOrderConstructs().isEmpty()) {
            report = higherOrder(run, model, rs);
        } else if (estimator == Estimator.GSCA) {
            report = new GscaRun(data).report(model, rs);
        } else {
            report = Inference.withPAdjustment(streaming ? new StreamingEstimation(run, model, data, groups.group).report(rs)
                    : run.report(model, SurveyData.load(data, groups.group, List.of(model)), rs), bootstrap.adjustment());
        }
        ReportOutput.write(console, output.output, inputs, out -> output.format.writer().write(report, out));
        Warnings.print(console, Warnings.of(report), output.strict);
    }

    /** {@code --scale}, else for a .sav file the scale its value labels declare (said on standard error). */
    private Scale scale(Console console, PathModel model) {
        if (output.scale != null || !SavData.isSav(data)) {
            return output.scale;
        }
        List<String> why = new ArrayList<>();
        Optional<Scale> labelled = SavData.labelledScale(data, model, why);
        String file = data.data.getFileName().toString();
        console.err().println(labelled.map(s -> "csi: note: scale " + SavData.text(new LabelledRange(s.min(), s.max()))
                + " taken from the value labels of " + file + " (no --scale given)")
                .orElseGet(() -> "csi: note: no scale from the value labels of " + file + ": "
                        + (why.isEmpty() ? "they label a single value" : why.get(0)) + "; give --scale for 0-100 indices"));
        console.err().flush();
        return labelled.orElse(null);
    }
}
