package dev.csimodel.cli.report;

import java.util.function.Supplier;

/** The output formats of the command line, each with its writer. */
public enum ReportFormat {
    /** Tables for the terminal. */
    TEXT(TextReport::new),
    /** Machine-readable, documented in docs/json-report.md. */
    JSON(JsonReport::new),
    /** A self-contained HTML page. */
    HTML(HtmlReport::new);

    private final Supplier<ReportWriter> writer;

    ReportFormat(Supplier<ReportWriter> writer) {
        this.writer = writer;
    }

    /** @return a writer for this format */
    public ReportWriter writer() {
        return writer.get();
    }
}
