package dev.csimodel.cli.report;

import java.io.PrintWriter;

/**
 * Tables in the layout PLS-SEM researchers know (plspm and SmartPLS style): paths with t, p and
 * significance stars, measurement quality with values outside the usual thresholds marked "!".
 */
public final class TextReport implements ReportWriter {

    @Override
    public void write(EstimationReport r, PrintWriter out) {
        out.println("csimodel: PLS path model estimate");
        ReportSettings s = r.settings();
        out.println("  data:  " + s.data() + " (" + r.observations() + " observations)");
        out.println("  model: " + s.model());
        out.println("  " + ReportTables.settingsLine(s));
        out.println("  " + (r.converged() ? "converged" : "DID NOT CONVERGE") + " after " + r.iterations() + " iterations");
        body(r, out);
        if (r.segments() != null) {
            for (SegmentEntry seg : r.segments()) {
                out.println();
                out.println("=== " + ReportTables.segmentTitle(s, seg) + " ===");
                if (seg.report() != null) {
                    body(seg.report(), out);
                }
            }
        }
        out.flush();
    }

    private static void body(EstimationReport r, PrintWriter out) {
        for (ReportTables.Section section : ReportTables.sections(r)) {
            out.println();
            out.println(section.title());
            out.print(section.table().render());
            if (!section.note().isEmpty()) {
                out.println("  " + section.note());
            }
        }
    }

    @Override
    public void write(ComparisonReport c, PrintWriter out) {
        out.println("csimodel: model comparison on " + c.data());
        out.println();
        out.print(ReportTables.comparison(c).render());
        out.println("  " + ReportTables.COMPARISON_NOTE);
        if (c.cvpat() != null) {
            out.println();
            out.println("Cross-validated predictive ability test (CVPAT)");
            out.print(ReportTables.cvpat(c).render());
            out.println("  " + ReportTables.CVPAT_NOTE);
        }
        out.flush();
    }
}
