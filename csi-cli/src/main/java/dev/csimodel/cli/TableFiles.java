package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.report.ReportFormat;
import dev.csimodel.report.table.CsvTables;
import dev.csimodel.report.table.Table;
import dev.csimodel.report.table.TableReport;
import dev.csimodel.report.table.XlsxTables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the formats that go to files only: {@code --format csv} one file {@code <id>.csv} per
 * table into the {@code --output} folder (created if missing, its parent must exist), {@code
 * --format xlsx} one workbook to {@code --output FILE.xlsx}. Every file goes through {@link
 * ReportOutput}: none may be an input (all are checked before the first is written), each is
 * written to a temporary file and renamed.
 */
final class TableFiles {

    private TableFiles() {
    }

    /**
     * @throws CsiSpecificationException without {@code output}, if {@code output} is not a folder
     *                                   (csv), or if a file to write is an input
     */
    static void write(Console console, ReportFormat format, Path output, List<Path> inputs, TableReport report) {
        String name = format.name().toLowerCase(Locale.ROOT);
        if (output == null) {
            throw new CsiSpecificationException("--format " + name + " is written to files: give --output "
                    + (format == ReportFormat.CSV ? "DIR (a folder: one CSV file per table)" : "FILE.xlsx"));
        }
        if (format == ReportFormat.XLSX) {
            ReportOutput.writeBinary(output, inputs, out -> XlsxTables.write(report, out));
            return;
        }
        List<Path> files = new ArrayList<>();
        for (Table t : report.tables()) {
            Path file = output.resolve(t.id() + ".csv");
            ReportOutput.requireNotInput(file, inputs);
            files.add(file);
        }
        folder(output);
        for (int k = 0; k < files.size(); k++) {
            Table t = report.tables().get(k);
            ReportOutput.write(console, files.get(k), inputs, out -> CsvTables.write(t, out));
        }
    }

    private static void folder(Path output) {
        if (Files.isDirectory(output)) {
            return;
        }
        if (Files.exists(output)) {
            throw new CsiSpecificationException("--output " + output + " is a file; --format csv writes one file "
                    + "per table into a folder: name a folder");
        }
        try {
            Files.createDirectory(output);
        } catch (IOException e) {
            throw new CsiSpecificationException("--output " + output + ": cannot create the folder: "
                    + ReportOutput.cause(e), e);
        }
    }
}
