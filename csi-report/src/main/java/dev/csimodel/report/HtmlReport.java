package dev.csimodel.report;

import dev.csimodel.report.svg.IndexBars;
import dev.csimodel.report.svg.IpmaChart;
import dev.csimodel.report.svg.Markup;
import dev.csimodel.report.svg.PathDiagram;
import dev.csimodel.report.svg.SegmentBars;
import dev.csimodel.report.svg.SlopePlot;

import java.io.PrintWriter;
import java.util.List;

/**
 * A self-contained HTML page (inline style and SVG, no scripts, no external files) with the
 * same sections as the text report, preceded by figures of the whole sample: the path diagram,
 * the 0-100 indices as bars and the importance-performance map (the last two when indices are
 * known). Cells outside the usual thresholds carry class {@code flag}. The page is also
 * well-formed XML (void elements closed), so it can be checked or transformed as XHTML.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0}th,td{padding:.2em .7em;border-bottom:1px solid #ddd}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}td.flag{color:#b00;font-weight:bold}"
            + "p.note{color:#666;font-size:.9em}figure{margin:1em 0}figure svg{max-width:100%;height:auto}"
            + "figcaption{color:#666;font-size:.9em;max-width:60em}"
            + "@media print{body{margin:1cm}h2,h3{break-after:avoid}figure,table{break-inside:avoid}}";

    @Override
    public void write(EstimationReport r, PrintWriter out) {
        ReportSettings s = r.settings();
        open(out, (s.gsca() ? "GSCA" : "PLS") + " path model estimate");
        out.println("<p>Data: " + esc(s.data()) + " (" + r.observations() + " observations)<br/>Model: "
                + esc(s.model()) + "<br/>" + esc(ReportTables.settingsLine(s)) + "<br/>"
                + (r.converged() ? "Converged" : "<b>Did not converge</b>") + " after " + r.iterations() + " iterations</p>");
        figures(r, out);
        body(r, out, "h2");
        if (r.higherOrder() != null) {
            sections(HigherOrderEntry.sections(r.higherOrder()), out, "h2");
            if (r.higherOrder().firstStage() != null) {
                out.println("<h2>Stage 1 (" + esc(r.higherOrder().method()) + " two-stage approach): lower-order constructs</h2>");
                body(r.higherOrder().firstStage(), out, "h3");
            }
        }
        if (r.segmentComparison() != null) {
            segmentComparison(r.segmentComparison(), out);
        } else if (r.segments() != null) {
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
        if (c.cvpat() != null) {
            out.println("<h2>Cross-validated predictive ability test (CVPAT)</h2>");
            table(ReportTables.cvpat(c), out);
            out.println("<p class=\"note\">" + esc(ReportTables.CVPAT_NOTE) + "</p>");
        }
        close(out);
    }

    private static void figures(EstimationReport r, PrintWriter out) {
        figure(out, "Path diagram", PathDiagram.svg(r), "Constructs (ellipses) with R², indicators (boxes) with "
                + "loadings (outer weights for Mode B blocks), path coefficients with significance stars "
                + "(*** p < 0.001, ** p < 0.01, * p < 0.05).");
        if (r.indexed()) {
            figure(out, "Indices", IndexBars.svg(r), "Indices on the 0-100 scale"
                    + (r.constructs().stream().anyMatch(c -> c.indexCiLower() != null)
                    ? ", with their bootstrap confidence intervals (whiskers)." : "."));
        }
        if (r.ipma() != null) {
            figure(out, "Importance-performance map of " + r.ipma().target(), IpmaChart.svg(r.ipma()),
                    "Importance is the total effect on " + r.ipma().target() + " of one index point of the driver "
                            + "(its impact, in the priority table, is the effect of five points); "
                            + "performance is its 0-100 index. The dashed lines are the drivers' means: A advantage "
                            + "(keep up), B repair (improve first), C opportunity (low priority), D maintain "
                            + "(possibly over-served).");
            if (r.ipma().cipma() != null) {
                figure(out, "Combined importance-performance map (cIPMA) of " + r.ipma().target(),
                        IpmaChart.combined(r.ipma()), NcaTables.combinedCaption(r.ipma().cipma()));
            }
        }
        if (r.moderation() != null) {
            for (ModerationEntry.InteractionEntry e : r.moderation().interactions()) {
                figure(out, "Simple slopes of " + e.independent() + " on " + e.target() + " by " + e.moderator(),
                        SlopePlot.svg(e), "Predicted " + e.target() + " (standardised) against " + e.independent()
                                + " at " + e.moderator() + " = -1 SD, its mean and +1 SD; the slope of each line is in"
                                + " the legend and the Simple slopes table.");
            }
        }
    }

    /** One comparison chart and the side-by-side tables instead of a full report per segment. */
    private static void segmentComparison(SegmentComparisonEntry e, PrintWriter out) {
        String chart = SegmentBars.svg(e);
        if (!chart.isEmpty()) {
            figure(out, "Indices by segment", chart, "Each segment's 0-100 indices, one bar per segment"
                    + (e.replicates() != null ? ", with their percentile bootstrap intervals (whiskers)." : "."));
        }
        sections(SegmentComparisonTables.sections(e), out, "h2");
    }

    private static void figure(PrintWriter out, String title, String svg, String caption) {
        out.println("<h2>" + esc(title) + "</h2>");
        out.println("<figure>");
        out.println(svg);
        out.println("<figcaption>" + esc(caption) + "</figcaption>");
        out.println("</figure>");
    }

    private static void body(EstimationReport r, PrintWriter out, String heading) {
        sections(ReportTables.sections(r), out, heading);
    }

    private static void sections(List<ReportTables.Section> sections, PrintWriter out, String heading) {
        for (ReportTables.Section section : sections) {
            out.println("<" + heading + ">" + esc(section.title()) + "</" + heading + ">");
            table(section.table(), out);
            if (!section.note().isEmpty()) {
                out.println("<p class=\"note\">" + esc(section.note()) + "</p>");
            }
        }
    }

    static void table(ReportTable t, PrintWriter out) {
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

    static void open(PrintWriter out, String title) {
        out.println("<!DOCTYPE html>");
        out.println("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/><title>csimodel: " + esc(title) + "</title>");
        out.println("<style>" + STYLE + "</style></head><body>");
        out.println("<h1>csimodel: " + esc(title) + "</h1>");
    }

    static void close(PrintWriter out) {
        out.println("</body></html>");
        out.flush();
    }

    /** Escapes the five characters with a meaning in HTML text and attributes. */
    static String esc(String s) {
        return Markup.escape(s);
    }
}
