package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.SegmentEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The warnings channel: every finding of a written report goes to standard error as one
 * {@code csi: warning: ...} line, so that a script sees what a reader of the report would, and
 * {@code --strict} turns any warning into exit code 2 (after the report was written).
 */
final class Warnings {

    private Warnings() {
    }

    /** @return the messages of the report's diagnostics, then those of its segments (named) */
    static List<String> of(EstimationReport report) {
        List<String> out = new ArrayList<>();
        report.diagnostics().forEach(d -> out.add(message(d)));
        if (report.segments() != null) {
            for (SegmentEntry s : report.segments()) {
                if (s.report() != null) {
                    s.report().diagnostics().forEach(d -> out.add("segment '" + s.group() + "': " + message(d)));
                }
            }
        }
        return out;
    }

    private static String message(DiagnosticEntry d) {
        return d.inadmissible() ? "inadmissible: " + d.message() : d.message();
    }

    /**
     * Prints {@code warnings} to standard error.
     *
     * @param strict true with {@code --strict}
     * @throws CsiSpecificationException with {@code strict} if there is any warning (exit 2)
     */
    static void print(Console console, List<String> warnings, boolean strict) {
        for (String w : warnings) {
            console.err().println("csi: warning: " + Cli.oneLine(w));
        }
        console.err().flush();
        if (strict && !warnings.isEmpty()) {
            throw new CsiSpecificationException("--strict: " + warnings.size()
                    + (warnings.size() == 1 ? " warning" : " warnings") + " (above); the report was written");
        }
    }
}
