package dev.csimodel.report.table;

import dev.csimodel.report.ComparisonReport;
import dev.csimodel.report.ComparisonReport.ModelSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static dev.csimodel.report.table.Cell.coefficient;
import static dev.csimodel.report.table.Cell.number;
import static dev.csimodel.report.table.Cell.text;

/** The tables of {@code csi compare}: one column per model, and the CVPAT of each pair. */
final class ComparisonTables {

    private ComparisonTables() {
    }

    static List<Table> of(ComparisonReport c) {
        List<Table> out = new ArrayList<>();
        out.add(comparison(c));
        if (c.cvpat() != null) {
            out.add(cvpat(c));
        }
        return out;
    }

    private static Table comparison(ComparisonReport c) {
        List<String> head = new ArrayList<>();
        head.add("criterion");
        c.models().forEach(m -> head.add(m.name()));
        Table.Builder t = Table.builder("comparison", "Model comparison", head.toArray(String[]::new));
        t.row(cells(c, "observations", m -> Cell.count(m.observations())));
        t.row(cells(c, "converged", m -> text(m.converged() ? "yes" : "no")));
        t.row(cells(c, "GoF", m -> coefficient(m.gof())));
        if (c.models().stream().anyMatch(m -> m.srmr() != null)) {
            t.row(cells(c, "SRMR", m -> coefficient(m.srmr())));
        }
        for (int k = 0; k < c.sharedTargets().size(); k++) {
            int target = k;
            String name = c.sharedTargets().get(k);
            t.row(cells(c, "R² " + name, m -> coefficient(m.targets().get(target).r2())));
            t.row(cells(c, "adj. R² " + name, m -> coefficient(m.targets().get(target).r2Adjusted())));
            t.row(cells(c, "AIC " + name, m -> number(m.targets().get(target).aic(), 2)));
            t.row(cells(c, "BIC " + name, m -> number(m.targets().get(target).bic(), 2)));
            if (c.models().stream().anyMatch(m -> m.targets().get(target).q2predict() != null)) {
                t.row(cells(c, "Q²predict " + name, m -> coefficient(m.targets().get(target).q2predict())));
            }
            if (c.models().stream().anyMatch(m -> m.targets().get(target).index() != null)) {
                t.row(cells(c, "index " + name, m -> number(m.targets().get(target).index(), 1)));
            }
        }
        return t.note("R², AIC, BIC and Q²predict of the endogenous constructs every model shares; lower AIC/BIC "
                + "is better; SRMR of the saturated model").build();
    }

    private static Table cvpat(ComparisonReport c) {
        Table.Builder t = Table.builder("cvpat", "Cross-validated predictive ability test (CVPAT)", "model 1",
                "model 2", "loss 1", "loss 2", "diff", "t", "df", "p", "p (1 better)");
        for (ComparisonReport.CvpatEntry e : c.cvpat()) {
            t.row(text(e.first()), text(e.second()), coefficient(e.lossFirst()), coefficient(e.lossSecond()),
                    coefficient(e.meanDifference()), number(e.tValue(), 2), Cell.count(e.degreesOfFreedom()),
                    Cell.p(e.pValue()), Cell.p(e.pValueFirstBetter()));
        }
        return t.note("Liengaard et al. (2021); diff = loss 2 - loss 1, t > 0 favours model 1").build();
    }

    private static Cell[] cells(ComparisonReport c, String label, Function<ModelSummary, Cell> cell) {
        Cell[] row = new Cell[c.models().size() + 1];
        row[0] = text(label);
        for (int m = 0; m < c.models().size(); m++) {
            row[m + 1] = cell.apply(c.models().get(m));
        }
        return row;
    }
}
