package dev.csimodel.report;

import java.io.PrintWriter;
import java.util.List;

/**
 * Tables in the layout PLS-SEM researchers know (plspm and SmartPLS style): paths with t, p and
 * significance stars, measurement quality with values outside the usual thresholds marked "!".
 */
public final class TextReport implements ReportWriter {

    @Override
    public void write(EstimationReport r, PrintWriter out) {
        ReportSettings s = r.settings();
        out.println("csimodel: " + (s.gsca() ? "GSCA" : "PLS") + " path model estimate");
        out.println("  data:  " + s.data() + " (" + r.observations() + " observations)");
        out.println("  model: " + s.model());
        out.println("  " + ReportTables.settingsLine(s));
        out.println("  " + (r.converged() ? "converged" : "DID NOT CONVERGE") + " after " + r.iterations() + " iterations");
        body(r, out);
        if (r.higherOrder() != null) {
            higherOrder(r.higherOrder(), out);
        }
        if (r.segmentComparison() != null) {
            print(SegmentComparisonTables.sections(r.segmentComparison()), out);
        }
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

    private static void higherOrder(HigherOrderEntry h, PrintWriter out) {
        print(HigherOrderEntry.sections(h), out);
        if (h.firstStage() != null) {
            out.println();
            out.println("=== Stage 1 (" + h.method() + " two-stage approach): lower-order constructs ===");
            body(h.firstStage(), out);
        }
    }

    private static void body(EstimationReport r, PrintWriter out) {
        print(ReportTables.sections(r), out);
    }

    private static void print(List<ReportTables.Section> sections, PrintWriter out) {
        for (ReportTables.Section section : sections) {
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
