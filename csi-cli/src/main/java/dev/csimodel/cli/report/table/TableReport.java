package dev.csimodel.cli.report.table;

import dev.csimodel.cli.report.ComparisonReport;
import dev.csimodel.cli.report.EstimationReport;
import dev.csimodel.cli.report.ReportSettings;

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

    /** @return the tables of one estimate ({@link EstimationTables}) */
    public static TableReport of(EstimationReport r) {
        ReportSettings s = r.settings();
        List<String> preamble = new ArrayList<>();
        preamble.add("Data: " + s.data() + " (" + r.observations() + " observations)");
        preamble.add("Model: " + s.model());
        preamble.add((s.gsca() ? "GSCA" : s.scheme() + " weighting scheme, " + s.scaling()
                + (s.consistent() ? ", consistent PLS" : "")) + (r.converged() ? ", converged" : ", DID NOT CONVERGE")
                + " after " + r.iterations() + " iterations");
        return new TableReport("csimodel: " + (s.gsca() ? "GSCA" : "PLS") + " path model estimate", preamble,
                EstimationTables.of(r));
    }

    /** @return the tables of a model comparison ({@link ComparisonTables}) */
    public static TableReport of(ComparisonReport c) {
        return new TableReport("csimodel: model comparison", List.of("Data: " + c.data()), ComparisonTables.of(c));
    }
}
