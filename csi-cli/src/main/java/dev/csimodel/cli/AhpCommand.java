package dev.csimodel.cli;

import dev.csimodel.models.ahp.AhpAnalysis;
import dev.csimodel.models.ahp.PairwiseMatrixFile;
import dev.csimodel.report.AhpTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    TableOutputOptions output;

    private final Console console;

    AhpCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        ReportOutput.requireNotInput(output.output, List.of(matrix));
        AhpTable report = AhpTable.of(matrix.toString(), AhpAnalysis.analyze(PairwiseMatrixFile.read(matrix)));
        ReportOutput.write(console, output.output, List.of(matrix), out -> report.write(output.format, out));
    }
}
