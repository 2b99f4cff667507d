package dev.csimodel.cli;

import dev.csimodel.analysis.study.OutOfScalePolicy;
import dev.csimodel.models.index.Scale;
import dev.csimodel.report.ReportFormat;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options of the report: format and destination. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "text|json|html|markdown|latex|csv|xlsx", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}); markdown, latex, csv and xlsx write the "
                    + "report's tables (csv: one file per table into the --output folder; xlsx: one sheet per table).")
    ReportFormat format;

    @Option(names = "--scale", paramLabel = "MIN:MAX", converter = ScaleConverter.class,
            description = "Questionnaire scale end-points (e.g. 1:10); adds each construct's 0-100 index.")
    Scale scale;

    @Option(names = "--out-of-scale", paramLabel = "error|missing", defaultValue = "error",
            description = "With --scale: a value outside the scale is an error naming row, column and value "
                    + "(error, the default), or a missing value handled by --missing-strategy and counted in "
                    + "the report (missing).")
    OutOfScalePolicy outOfScale;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (with --format csv: a folder).")
    Path output;

    @Option(names = "--figure", paramLabel = "[KIND=]FILE.svg",
            description = "Also write a figure as a standalone SVG file (repeatable): KIND diagram, ipma or indices, "
                    + "or a file named diagram.svg, ipma.svg or indices.svg.")
    List<String> figures = new ArrayList<>();

    @Option(names = "--strict",
            description = "Exit with code 2 if the report has any warning (printed to standard error); the report is still written.")
    boolean strict;
}
