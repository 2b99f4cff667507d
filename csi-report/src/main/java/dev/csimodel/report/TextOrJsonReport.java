package dev.csimodel.report;

import dev.csimodel.CsiSpecificationException;

import java.io.PrintWriter;

/**
 * A report of one of the analysis commands (rollup, waves, kano, ahp, predict, fit), written as
 * text for the terminal or as JSON (its record components, documented in docs/json-report.md).
 */
public interface TextOrJsonReport {

    /** @return the report laid out as plain text */
    String text();

    /** @return the command whose report this is, for messages ("csi kano") */
    String command();

    /**
     * Writes the report in {@code format}.
     *
     * @param format text or json
     * @param out where to write it
     * @throws CsiSpecificationException for {@link ReportFormat#HTML} and the table formats, which these reports do not have
     */
    default void write(ReportFormat format, PrintWriter out) {
        switch (format) {
            case JSON -> JsonOutput.write(this, out);
            case TEXT -> out.print(text());
            default -> throw new CsiSpecificationException(command() + " writes --format text or json");
        }
        out.flush();
    }
}
