package dev.csimodel.report;

import dev.csimodel.report.svg.WaveTrend;

import java.io.PrintWriter;

/**
 * The HTML page of {@code csi waves}: one trend chart per construct (its index per wave with the
 * bootstrap interval, each change labelled significant or not in words), then the tables of the
 * text report. Self-contained and well-formed XML, as {@link HtmlReport}.
 */
final class WaveHtml {

    private WaveHtml() {
    }

    static void write(WaveTable t, PrintWriter out) {
        HtmlReport.open(out, "survey waves");
        out.println("<p>Data: " + HtmlReport.esc(t.data()) + "</p>");
        for (String construct : WaveTrend.constructs(t)) {
            out.println("<h2>" + HtmlReport.esc(construct) + " index by wave</h2>");
            out.println("<figure>");
            out.println(WaveTrend.svg(t, construct));
            out.println("<figcaption>" + HtmlReport.esc("The 0-100 index of " + construct + " in each wave with its "
                    + "percentile bootstrap interval (whiskers); each change is labelled with its size and whether it"
                    + " is significant at " + t.alpha() + " (permutation test); a dashed grey line is a change that is"
                    + " not significant.") + "</figcaption>");
            out.println("</figure>");
        }
        section(out, "Waves", t.waveTable(), "");
        section(out, "Index changes", t.changeTable(), "bootstrap percentile interval of the change, permutation p");
        section(out, "Path changes (permutation test)", t.pathTable(), String.join(" ", t.micomNotes()));
        HtmlReport.close(out);
    }

    private static void section(PrintWriter out, String title, ReportTable table, String note) {
        out.println("<h2>" + HtmlReport.esc(title) + "</h2>");
        HtmlReport.table(table, out);
        if (!note.isEmpty()) {
            out.println("<p class=\"note\">" + HtmlReport.esc(note) + "</p>");
        }
    }
}
