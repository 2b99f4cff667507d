package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.report.ReportFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends a report to standard output or to the {@code --output} file. A file is written by
 * {@link ReportFiles}: never one of the inputs, and through a temporary file in the same folder
 * renamed over it, so that a failed write (a full disk) leaves an existing report as it was.
 */
final class ReportOutput {

    private ReportOutput() {
    }

    /**
     * @param output the {@code --output} file, {@code null} for the console's standard output
     * @param inputs the files the command reads (data, model files); {@code output} must be none
     * @throws CsiSpecificationException naming the file if it is an input or cannot be written
     */
    static void write(Console console, Path output, List<Path> inputs, Consumer<PrintWriter> report) {
        if (output == null) {
            report.accept(console.out());
            console.out().flush();
            return;
        }
        requireNotInput(output, inputs);
        ReportFiles.write(output, inputs, report);
    }

    /**
     * As {@link #write}, for a binary report, which always goes to a file.
     *
     * @throws CsiSpecificationException naming the file if it is an input or cannot be written
     */
    static void writeBinary(Path output, List<Path> inputs, ReportFiles.BinaryReport report) {
        requireNotInput(output, inputs);
        ReportFiles.writeBinary(output, inputs, report);
    }

    /**
     * @throws CsiSpecificationException naming both paths if {@code output} is the same file as
     *                                   one of {@code inputs}
     */
    static void requireNotInput(Path output, List<Path> inputs) {
        ReportFiles.inputAt(output, inputs).ifPresent(input -> {
            throw new CsiSpecificationException("--output " + output + " is the input file " + input
                    + "; refusing to overwrite an input, choose another output file");
        });
    }

    /** @return the operating system's words for {@code e} (e.g. "No space left on device") */
    static String cause(IOException e) {
        return ReportFiles.cause(e);
    }
}
