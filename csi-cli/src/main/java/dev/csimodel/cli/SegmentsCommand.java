package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.report.SegmentsReport;
import dev.csimodel.segmentation.fimix.ObservedLabels;
import dev.csimodel.spec.PathModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** {@code csi segments}: latent segments of the structural model ({@link SegmentMethod}). Options and wiring only. */
@Command(name = "segments", mixinStandardHelpOptions = true,
        description = {"Latent segments of the structural model: FIMIX-PLS (Hahn et al. 2002; solutions for",
                "K = 1..--max-k with their retention criteria, K chosen by CAIC or --k), PLS-POS (Becker et al. 2013;",
                "the same, K chosen by AIC3, and the sum of R² it maximises) or REBUS-PLS (Esposito Vinzi",
                "et al. 2008; the K of --k, its group quality index and the residual dendrogram's merge heights",
                "to choose K); the model re-estimated in each segment, the observed --explain columns ranked by how",
                "well they match the segments, and each row's memberships."})
final class SegmentsCommand implements Runnable {

    @Option(names = "--model", required = true, paramLabel = "FILE.model", description = "The model file.")
    Path model;

    @Option(names = "--method", paramLabel = "fimix|pos|rebus", defaultValue = "fimix",
            description = "The segmentation method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--max-k", paramLabel = "K", defaultValue = "5",
            description = "Largest number of segments tried (default: ${DEFAULT-VALUE}; not with rebus).")
    int maxK;

    @Option(names = "--k", paramLabel = "K",
            description = "Report this K instead of the suggested one; with rebus the K solved (at least 2, default 2).")
    Integer k;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "10",
            description = "Random starts per K, the best kept (default: ${DEFAULT-VALUE}; not with rebus).")
    int starts;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Threads running the starts; the result is the same for every count (default: ${DEFAULT-VALUE};"
                    + " not with rebus).")
    int threads;

    @Option(names = "--explain", paramLabel = "COL[,COL...]", split = ",",
            description = "Observed label columns (e.g. gender,region) ranked by how well they match the segments.")
    List<String> explain;

    @Option(names = "--memberships", paramLabel = "FILE.csv",
            description = "Write each row's segment and membership probabilities to FILE (never an input file).")
    Path memberships;

    @Mixin
    DataOptions data;

    @Mixin
    EstimationOptions estimation;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    private final Console console;

    SegmentsCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        SegmentMethod chosen = SegmentMethod.of(method);
        SegmentationMethod segmentation = chosen.method();
        refuseInapplicable(chosen, segmentation);
        checkOptions();
        List<Path> inputs = List.of(data.data, model);
        ReportOutput.requireNotInput(output.output, inputs);
        MembershipsFile.requireNotInput(memberships, inputs, output.output);
        Estimation run = new Estimation(console, estimation, Estimation.NO_BOOTSTRAP, data.handling(), output.scale,
                SegmentWeights.SEPARATE);
        SegmentationMethod.Request request = new SegmentationMethod.Request(maxK,
                k == null ? OptionalInt.empty() : OptionalInt.of(k), starts, estimation.seed, threads, run.settings());
        segmentation.check(request);
        PathModel parsed = ModelFile.read(model);
        DataTable rows = ModelRows.of(data, output, run, parsed);
        List<ObservedLabels> labels = labels(parsed);
        SegmentationMethod.Outcome outcome = segmentation.run(parsed, rows, request);
        SegmentationMethod.Candidate candidate = SegmentsReporting.chosen(outcome, k);
        if (memberships != null) {
            MembershipsFile.write(memberships, candidate.solution().memberships());
        }
        SegmentsReport report = SegmentsReporting.report(new SegmentsReporting.Context(data.data.toString(),
                model.toString(), chosen.label(), output.scale, memberships), outcome, candidate, k != null, labels);
        ReportOutput.write(console, output.output, inputs, out -> report.write(output.format, out));
    }

    /** An option the method has no use for is refused by name rather than silently ignored. */
    private void refuseInapplicable(SegmentMethod chosen, SegmentationMethod segmentation) {
        ParseResult given = spec.commandLine().getParseResult();
        for (SegmentationMethod.Inapplicable o : segmentation.inapplicable()) {
            if (given.hasMatchedOption(o.option())) {
                throw new CsiSpecificationException(o.option() + " does not apply to --method " + chosen.label()
                        + ": " + o.reason());
            }
        }
    }

    private void checkOptions() {
        if (data.missingStrategy == MissingStrategy.LISTWISE || data.missingStrategy == MissingStrategy.PAIRWISE) {
            throw new CsiSpecificationException("--missing-strategy " + data.missingStrategy.name().toLowerCase()
                    + ": segments keeps every row (each gets its memberships); use mean or complete rows");
        }
        if (explain != null && data.standardInput()) {
            throw new CsiSpecificationException("--explain reads the data file again for each column; "
                    + "give a file, not standard input (--data -)");
        }
    }

    /** Each --explain column read as labels (text, as --group reads them), one per row. */
    private List<ObservedLabels> labels(PathModel parsed) {
        List<ObservedLabels> out = new ArrayList<>();
        for (String column : explain == null ? List.<String>of() : explain) {
            if (parsed.indicators().contains(column)) {
                throw new CsiSpecificationException("--explain " + column + ": column '" + column
                        + "' is an indicator of the model; name observed label columns such as gender or region");
            }
            out.add(new ObservedLabels(column, SurveyData.load(data, column, List.of(parsed)).groups().orElseThrow()
                    .labels()));
        }
        return out;
    }
}
