package dev.csimodel.report.table;

import dev.csimodel.report.CipmaEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.NcaEntry;

import java.util.Optional;

import static dev.csimodel.report.table.Cell.coefficient;
import static dev.csimodel.report.table.Cell.count;
import static dev.csimodel.report.table.Cell.number;
import static dev.csimodel.report.table.Cell.p;
import static dev.csimodel.report.table.Cell.text;

/**
 * The table definitions of the necessary condition analysis of the IPMA's drivers (Dul 2016) and
 * of the combined importance-performance map (Hauff et al. 2024), the same tables the text report
 * shows; absent when the report has no NCA (no {@code --scale}, or {@code --streaming}). Listed in
 * {@link EstimationTables}' definitions.
 */
final class NecessityTableDefinitions {

    /** Index of the CE-FDH and CR-FDH ceilings in a condition's ceiling list. */
    private static final int CE_FDH = 0;
    private static final int CR_FDH = 1;

    private NecessityTableDefinitions() {
    }

    private static Optional<NcaEntry> nca(EstimationReport r) {
        return r.ipma() == null ? Optional.empty() : Optional.ofNullable(r.ipma().nca());
    }

    /** Per driver and ceiling: effect size d, its class, accuracy, permutation p and its margin, peers. */
    static Optional<Table> effects(EstimationReport r) {
        return nca(r).map(nca -> {
            Table.Builder t = Table.builder("nca", "Necessary conditions of " + nca.outcome() + " (NCA on the 0-100 "
                    + "scores, " + nca.scope() + " scope)", "driver", "ceiling", "d", "size", "accuracy %", "p",
                    "p margin", "peers");
            for (NcaEntry.ConditionEntry c : nca.conditions()) {
                for (NcaEntry.CeilingEntry e : c.ceilings()) {
                    t.row(text(c.name()), text(e.method()), coefficient(e.effectSize()), text(e.magnitude()),
                            number(e.accuracy(), 1), p(e.pValue()), coefficient(e.pAccuracy()), count(c.peers()));
                }
            }
            String test = nca.permutations() == 0 ? "p n/a: no permutation test"
                    : "p = (k + 1)/(N + 1) over N = " + nca.permutations() + " permutations (seed " + nca.seed() + ")";
            return t.note("d = ceiling zone / scope (Dul 2016); accuracy = cases on or below the ceiling; " + test)
                    .build();
        });
    }

    /** The CE-FDH bottleneck table: target levels down, each driver's required level across. */
    static Optional<Table> bottleneckCeFdh(EstimationReport r) {
        return nca(r).map(nca -> bottleneck(nca, CE_FDH, "bottleneck-ce-fdh"));
    }

    /** The CR-FDH bottleneck table. */
    static Optional<Table> bottleneckCrFdh(EstimationReport r) {
        return nca(r).filter(nca -> nca.conditions().get(0).ceilings().size() > CR_FDH)
                .map(nca -> bottleneck(nca, CR_FDH, "bottleneck-cr-fdh"));
    }

    private static Table bottleneck(NcaEntry nca, int ceiling, String id) {
        String[] columns = new String[nca.conditions().size() + 1];
        columns[0] = nca.outcome() + (nca.outcomeUnit().equals("actual") ? "" : " (%)");
        for (int j = 0; j < nca.conditions().size(); j++) {
            columns[j + 1] = nca.conditions().get(j).name();
        }
        NcaEntry.CeilingEntry first = nca.conditions().get(0).ceilings().get(ceiling);
        Table.Builder t = Table.builder(id, "Bottleneck table (" + first.method() + "): " + nca.outcome()
                + " level and the required driver levels", columns);
        for (int row = 0; row < first.bottleneck().size(); row++) {
            Cell[] cells = new Cell[columns.length];
            cells[0] = number(first.bottleneck().get(row).outcomeLevel(), 1);
            for (int j = 0; j < nca.conditions().size(); j++) {
                NcaEntry.BottleneckEntry b = nca.conditions().get(j).ceilings().get(ceiling).bottleneck().get(row);
                cells[j + 1] = b.required() == null ? text(b.status()) : number(b.required(), 1);
            }
            t.row(cells);
        }
        return t.note("required driver levels in " + nca.conditionUnit() + " of the scope; NN = not necessary, "
                + "NA = not attained by the observed driver levels (NCA package conventions)").build();
    }

    /** The cIPMA: importance, performance and necessity of each driver at the target level. */
    static Optional<Table> cipma(EstimationReport r) {
        CipmaEntry c = r.ipma() == null ? null : r.ipma().cipma();
        if (c == null) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("cipma", "Combined importance-performance map (cIPMA) of " + c.target()
                + " at " + Cell.number(c.targetLevel(), 1).shown() + " (" + c.ceiling() + ")", "driver", "importance",
                "performance", "d", "p", "necessary", "required", "cases below", "share below %");
        for (CipmaEntry.DriverEntry d : c.drivers()) {
            t.row(text(d.name()), coefficient(d.importance()), number(d.performance(), 1), coefficient(d.effectSize()),
                    p(d.pValue()), text(d.necessity()), d.required() == null ? text(d.status()) : number(d.required(), 1),
                    d.casesBelow() == null ? number(null, 0) : count(d.casesBelow()),
                    d.shareBelow() == null ? number(null, 1) : number(100 * d.shareBelow(), 1));
        }
        return Optional.of(t.note("necessary = d >= " + Cell.number(c.minimumEffect(), 2).shown() + " and p < "
                + Cell.number(c.alpha(), 2).shown() + " (Hauff et al. 2024); required = the driver's 0-100 score the "
                + "ceiling needs for the target level (--cipma-level)").build());
    }
}
