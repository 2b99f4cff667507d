package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Sends a report to standard output or to the {@code --output} file. */
final class ReportOutput {

    private ReportOutput() {
    }

    static void write(Console console, Path output, Consumer<PrintWriter> report) {
        if (output == null) {
            report.accept(console.out());
            console.out().flush();
            return;
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             PrintWriter out = new PrintWriter(w)) {
            report.accept(out);
            out.flush();
            if (out.checkError()) {
                throw new IOException("write failed");
            }
        } catch (IOException e) {
            throw new CsiSpecificationException(output + ": cannot write the report (" + e + ")", e);
        }
    }
}
