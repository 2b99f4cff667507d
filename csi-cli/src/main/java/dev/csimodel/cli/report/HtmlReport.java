package dev.csimodel.cli.report;

import java.io.PrintWriter;
import java.util.List;

/**
 * A self-contained HTML page (inline style, no scripts) with the same sections as the text
 * report; cells outside the usual thresholds carry class {@code flag}.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0}th,td{padding:.2em .7em;border-bottom:1px solid #ddd}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}td.flag{color:#b00;font-weight:bold}"
            + "p.note{color:#666;font-size:.9em}";

    @Override
    public void write(EstimationReport r, PrintWriter out) {
        open(out, "PLS path model estimate");
        ReportSettings s = r.settings();
        out.println("<p>Data: " + esc(s.data()) + " (" + r.observations() + " observations)<br>Model: "
                + esc(s.model()) + "<br>" + esc(ReportTables.settingsLine(s)) + "<br>"
                + (r.converged() ? "Converged" : "<b>Did not converge</b>") + " after " + r.iterations() + " iterations</p>");
        body(r, out, "h2");
        if (r.segments() != null) {
            for (SegmentEntry seg : r.segments()) {
                out.println("<h2>" + esc(ReportTables.segmentTitle(s, seg)) + "</h2>");
                if (seg.report() != null) {
                    body(seg.report(), out, "h3");
                }
            }
        }
        close(out);
    }

    @Override
    public void write(ComparisonReport c, PrintWriter out) {
        open(out, "Model comparison");
        out.println("<p>Data: " + esc(c.data()) + "</p>");
        table(ReportTables.comparison(c), out);
        out.println("<p class=\"note\">" + esc(ReportTables.COMPARISON_NOTE) + "</p>");
        close(out);
    }

    private static void body(EstimationReport r, PrintWriter out, String heading) {
        for (ReportTables.Section section : ReportTables.sections(r)) {
            out.println("<" + heading + ">" + esc(section.title()) + "</" + heading + ">");
            table(section.table(), out);
            if (!section.note().isEmpty()) {
                out.println("<p class=\"note\">" + esc(section.note()) + "</p>");
            }
        }
    }

    private static void table(ReportTable t, PrintWriter out) {
        out.println("<table>");
        out.print("<tr>");
        t.header().forEach(h -> out.print("<th>" + esc(h) + "</th>"));
        out.println("</tr>");
        for (List<String> row : t.rows()) {
            out.print("<tr>");
            for (int j = 0; j < row.size(); j++) {
                String cell = row.get(j).strip();
                String cls = cell.endsWith("!") ? "num flag" : j < t.labelColumns() ? "" : "num";
                out.print("<td" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + ">" + esc(cell) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</table>");
    }

    private static void open(PrintWriter out, String title) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>csimodel: " + esc(title) + "</title>");
        out.println("<style>" + STYLE + "</style></head><body>");
        out.println("<h1>csimodel: " + esc(title) + "</h1>");
    }

    private static void close(PrintWriter out) {
        out.println("</body></html>");
        out.flush();
    }

    /** Escapes the five characters with a meaning in HTML text and attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
