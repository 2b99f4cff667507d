package dev.csimodel.cli;

import dev.csimodel.cli.report.AhpTable;
import dev.csimodel.cli.report.ReportFormat;
import dev.csimodel.models.ahp.AhpAnalysis;
import dev.csimodel.models.ahp.PairwiseMatrixFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code csi ahp}: AHP priority weights and consistency of a pairwise matrix. Options and wiring only. */
@Command(name = "ahp", mixinStandardHelpOptions = true,
        description = {"AHP (Saaty 1980): priority weights of criteria from a reciprocal pairwise comparison matrix,",
                "with lambda max, the consistency index and ratio (CR < 0.10 is acceptable)."})
final class AhpCommand implements Runnable {

    @Option(names = "--matrix", required = true, paramLabel = "FILE.csv",
            description = "Square matrix: a header naming the criteria after a label cell, one line per criterion; "
                    + "judgments as numbers or fractions (1/3).")
    Path matrix;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    private final Console console;

    AhpCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        ReportOutput.requireNotInput(output, List.of(matrix));
        AhpTable report = AhpTable.of(matrix.toString(), AhpAnalysis.analyze(PairwiseMatrixFile.read(matrix)));
        ReportOutput.write(console, output, List.of(matrix), out -> report.write(format, out));
    }
}
