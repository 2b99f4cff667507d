package dev.csimodel.report.table;

import dev.csimodel.report.ComparisonReport;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.report.SegmentEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as a titled list of tables, what the Markdown, LaTeX, CSV and xlsx writers take.
 *
 * @param title    the document's title
 * @param preamble lines describing the run (data, model, estimator), shown under the title
 * @param tables   the tables, reading order; their ids are unique
 */
public record TableReport(String title, List<String> preamble, List<Table> tables) {

    /**
     * Validates the components.
     *
     * @param title the document's title
     * @param preamble lines describing the run (data, model, estimator), shown under the title
     * @param tables the tables, reading order; their ids are unique
     */
    public TableReport {
        preamble = List.copyOf(preamble);
        tables = List.copyOf(tables);
        Set<String> ids = new HashSet<>();
        for (Table t : tables) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("two tables named " + t.id());
            }
        }
    }

    /**
     * @param r an estimation report
     * @return the tables of one estimate ({@link EstimationTables})
     */
    public static TableReport of(EstimationReport r) {
        ReportSettings s = r.settings();
        List<String> preamble = new ArrayList<>();
        preamble.add("Data: " + s.data() + " (" + r.observations() + " observations)");
        preamble.add("Model: " + s.model());
        preamble.add((s.gsca() ? "GSCA" : s.scheme() + " weighting scheme, " + s.scaling()
                + (s.consistent() ? ", consistent PLS" : "")) + (r.converged() ? ", converged" : ", DID NOT CONVERGE")
                + " after " + r.iterations() + " iterations");
        List<Table> tables = new ArrayList<>(EstimationTables.of(r));
        if (r.higherOrder() != null && r.higherOrder().firstStage() != null) {
            preamble.add("stage1: the lower-order constructs (stage 1 of the " + r.higherOrder().method()
                    + " two-stage approach)");
            EstimationTables.of(r.higherOrder().firstStage()).forEach(t -> tables.add(t.within("stage1", "Stage 1")));
        }
        segments(r, preamble, tables);
        return new TableReport("csimodel: " + (s.gsca() ? "GSCA" : "PLS") + " path model estimate", preamble, tables);
    }

    /** Each estimated segment's tables, prefixed g1, g2, ... in segment order; the preamble names them. */
    private static void segments(EstimationReport r, List<String> preamble, List<Table> tables) {
        if (r.segments() == null) {
            return;
        }
        for (int k = 0; k < r.segments().size(); k++) {
            SegmentEntry seg = r.segments().get(k);
            String label = "Group " + r.settings().group() + " = " + seg.group();
            if (seg.report() == null) {
                preamble.add(label + " (" + seg.rows() + " rows): skipped, " + seg.skipped());
                continue;
            }
            String prefix = "g" + (k + 1);
            preamble.add(prefix + ": " + label + " (" + seg.report().observations() + " observations)");
            EstimationTables.of(seg.report()).forEach(t -> tables.add(t.within(prefix, label)));
        }
    }

    /**
     * @param c a comparison report
     * @return the tables of a model comparison ({@link ComparisonTables})
     */
    public static TableReport of(ComparisonReport c) {
        return new TableReport("csimodel: model comparison", List.of("Data: " + c.data()), ComparisonTables.of(c));
    }
}
