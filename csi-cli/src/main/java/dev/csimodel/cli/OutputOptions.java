package dev.csimodel.cli;

import dev.csimodel.cli.report.ReportFormat;
import dev.csimodel.models.index.Scale;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the report: format and destination. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--scale", paramLabel = "MIN:MAX", converter = ScaleConverter.class,
            description = "Questionnaire scale end-points (e.g. 1:10); adds each construct's 0-100 index.")
    Scale scale;

    @Option(names = "--out-of-scale", paramLabel = "error|missing", defaultValue = "error",
            description = "With --scale: a value outside the scale is an error naming row, column and value "
                    + "(error, the default), or a missing value handled by --missing-strategy and counted in "
                    + "the report (missing).")
    OutOfScale outOfScale;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--strict",
            description = "Exit with code 2 if the report has any warning (printed to standard error); the report is still written.")
    boolean strict;
}
