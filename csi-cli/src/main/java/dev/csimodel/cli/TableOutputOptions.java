package dev.csimodel.cli;

import dev.csimodel.report.ReportFormat;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Report format and destination of the commands whose reports are text or JSON only (kano, ahp). */
final class TableOutputOptions {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;
}
