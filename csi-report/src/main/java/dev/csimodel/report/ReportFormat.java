package dev.csimodel.report;

import dev.csimodel.report.table.FileTablesWriter;
import dev.csimodel.report.table.LatexReport;
import dev.csimodel.report.table.MarkdownReport;

import java.util.function.Supplier;

/** The output formats of the command line, each with its writer. */
public enum ReportFormat {
    /** Tables for the terminal. */
    TEXT(TextReport::new),
    /** Machine-readable, documented in docs/json-report.md. */
    JSON(JsonReport::new),
    /** A self-contained HTML page. */
    HTML(HtmlReport::new),
    /** The report's tables as Markdown pipe tables with captions (papers, READMEs). */
    MARKDOWN(MarkdownReport::new),
    /** The report's tables as LaTeX booktabs tables with captions and labels. */
    LATEX(LatexReport::new),
    /** The report's tables, one RFC 4180 CSV file per table in the {@code --output} folder. */
    CSV(() -> new FileTablesWriter("DIR (a folder: one CSV file per table)")),
    /** The report's tables as an Excel workbook, one sheet per table, written to {@code --output FILE.xlsx}. */
    XLSX(() -> new FileTablesWriter("FILE.xlsx"));

    private final Supplier<ReportWriter> writer;

    ReportFormat(Supplier<ReportWriter> writer) {
        this.writer = writer;
    }

    /** @return true for the formats written to files only (not to standard output): csv, xlsx */
    public boolean filesOnly() {
        return this == CSV || this == XLSX;
    }

    /** @return a writer for this format */
    public ReportWriter writer() {
        return writer.get();
    }
}
