package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.study.NecessityPlan;
import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.models.index.Scale;
import dev.csimodel.moderation.ModerationSettings;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.Inference;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.report.table.TableReport;
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

    @Mixin
    NcaOptions nca;

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
     * estimated by {@code interaction} (the study's moderation estimate; options checked by
     * {@link ModerationReporting}).
     */
    void execute(Console console, Supplier<PathModel> modelSource, String modelName, List<Path> modelFiles,
                 InteractionOption interaction) {
        bootstrap.validate(groups.resampled());
        groups.validate();
        if (streaming && groups.resampled()) {
            throw new CsiSpecificationException((groups.compareGroups ? "--compare-groups" : "--group-bootstrap")
                    + " resamples the rows, which --streaming does not keep; drop one of the two options");
        }
        if (groups.resampled() && data.handling().weightColumn() != null) {
            throw new CsiSpecificationException((groups.compareGroups ? "--compare-groups" : "--group-bootstrap")
                    + " does not take case weights yet; drop --weights or the option");
        }
        List<Path> inputs = new ArrayList<>(modelFiles);
        inputs.add(0, data.data);
        ReportOutput.requireNotInput(output.output, inputs);
        Figures figures = Figures.parse(output.figures);
        figures.files().forEach(f -> ReportOutput.requireNotInput(f, inputs));
        if (groups.mga && !bootstrap.requested()) {
            throw new CsiSpecificationException("--mga bootstraps every group; add --bootstrap N or drop it");
        }
        DataSources.requireApplicable(data, data.kind());
        PathModel model = modelSource.get();
        Scale scale = scale(console, model);
        nca.validate(scale != null);
        if (target != null && scale == null) {
            throw new CsiSpecificationException("--target " + target + " needs --scale: impacts and the "
                    + "importance-performance map are on the 0-100 index scale");
        }
        Estimation run = new Estimation(console, estimation, bootstrap, data.handling(), scale, groups.weights())
                .outOfScale(output.outOfScale).mga(groups.mga)
                .segmentComparison(new SegmentRequest(groups.compareGroups, groups.permutationCount(),
                        groups.segmentResamples(), bootstrap.threads, estimation.seed))
                .ipmaTarget(Optional.ofNullable(target).or(() -> Optional.ofNullable(defaultTarget)))
                .necessity(new NecessityPlan(nca.settings(estimation.seed), nca.cipma()));
        if (estimator == Estimator.GSCA) {
            GscaRun.requireSupported(this);
        }
        if (estimator == Estimator.GSCA && (!model.higherOrderConstructs().isEmpty() || model.hasInteractions())) {
            throw new CsiSpecificationException("--estimator gsca supports neither higher-order constructs nor "
                    + "interaction terms; drop --estimator gsca");
        }
        requirePlainForPAdjust(model);
        if (!model.higherOrderConstructs().isEmpty() && model.hasInteractions()) {
            throw new CsiSpecificationException("a model with both a higher-order construct and interaction terms "
                    + "is not supported yet");
        }
        if (ordinal != null) {
            OrdinalRun.requireSupported(this, model);
            run.ordinal(ordinal.settings());
        } else if (model.hasInteractions()) {
            ModerationReporting.requireSupported(model, streaming, estimation.consistent, groups.group != null,
                    data.handling().weightColumn() != null, output.scale != null);
            run.interaction(ModerationSettings.defaults().withMethod(interaction.method()));
        } else if (!model.higherOrderConstructs().isEmpty()) {
            HigherOrderEstimation.requireSupported(model, HigherOrderEstimation.unsupported(streaming,
                    bootstrap.requested(), groups.group, output.scale != null, data.handling(), estimation.consistent));
            run.higherOrder(higherOrder);
        }
        ReportSettings rs = run.reportSettings(model, data.sourceName(), modelName, data.missingToken(), groups.group);
        EstimationReport report;
        if (ordinal != null || model.hasInteractions() || !model.higherOrderConstructs().isEmpty()) {
            report = run.report(model, SurveyData.load(data, null, List.of(model)), rs);
        } else if (estimator == Estimator.GSCA) {
            report = new GscaRun(data).report(model, rs);
        } else {
            report = Inference.withPAdjustment(streaming ? new StreamingEstimation(run, model, data, groups.group).report(rs)
                    : run.report(model, SurveyData.load(data, groups.group, List.of(model)), rs), bootstrap.adjustment());
        }
        figures.check(report);
        if (output.format.filesOnly()) {
            TableFiles.write(console, output.format, output.output, inputs, TableReport.of(report));
        } else {
            ReportOutput.write(console, output.output, inputs, out -> output.format.writer().write(report, out));
        }
        figures.write(console, report, inputs);
        Warnings.print(console, Warnings.of(report), output.strict);
    }

    /**
     * {@code --scale}, else the scale the source declares (a .sav file's value labels), said on
     * standard error; a source that declares no range for any indicator (CSV, .xlsx, .parquet,
     * a database) stays silent.
     */
    private Scale scale(Console console, PathModel model) {
        if (output.scale != null || data.kind() == DataKind.CSV) {
            return output.scale;
        }
        DeclaredScale declared = DeclaredScale.of(data.source(), model);
        if (!declared.any() && data.kind() != DataKind.SAV) {
            return null;
        }
        String file = data.data == null ? data.sourceArgument() : data.data.getFileName().toString();
        console.err().println(declared.scale().map(s -> "csi: note: scale " + DeclaredScale.text(s)
                + " taken from the value labels of " + file + " (no --scale given)")
                .orElseGet(() -> "csi: note: no scale from the value labels of " + file + ": "
                        + declared.why().orElse("they label a single value") + "; give --scale for 0-100 indices"));
        console.err().flush();
        return declared.scale().orElse(null);
    }

    /**
     * The p-value adjustment is applied to the plain PLS report only; refusing it elsewhere beats
     * a report whose p-values silently stay unadjusted.
     */
    private void requirePlainForPAdjust(PathModel model) {
        if (bootstrap.pAdjust == null) {
            return;
        }
        String variant = ordinal != null ? "--ordinal" : estimator == Estimator.GSCA ? "--estimator gsca"
                : model.hasInteractions() ? "interaction terms" : !model.higherOrderConstructs().isEmpty()
                ? "higher-order constructs" : null;
        if (variant != null) {
            throw new CsiSpecificationException("--p-adjust is not supported with " + variant
                    + " yet (the p-values would stay unadjusted); drop --p-adjust");
        }
    }
}
