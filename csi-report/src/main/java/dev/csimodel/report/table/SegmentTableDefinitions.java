package dev.csimodel.report.table;

import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.SegmentComparisonEntry;

import java.util.List;
import java.util.Optional;

import static dev.csimodel.report.table.Cell.coefficient;
import static dev.csimodel.report.table.Cell.count;
import static dev.csimodel.report.table.Cell.number;
import static dev.csimodel.report.table.Cell.p;
import static dev.csimodel.report.table.Cell.text;

/**
 * The table definitions of {@code --group}'s segment comparison: the segments side by side (rows,
 * 0-100 indices, paths in declaration order, R²) and, with {@code --compare-groups}, the
 * Holm-adjusted permutation tests of every pair. Listed in {@link EstimationTables}' definitions.
 */
final class SegmentTableDefinitions {

    private SegmentTableDefinitions() {
    }

    /** One row per quantity, one column per segment. */
    static Optional<Table> sideBySide(EstimationReport r) {
        SegmentComparisonEntry s = r.segmentComparison();
        if (s == null || s.segments().isEmpty()) {
            return Optional.empty();
        }
        List<SegmentComparisonEntry.SegmentColumn> columns = s.segments();
        String[] header = new String[columns.size() + 1];
        header[0] = "quantity";
        for (int j = 0; j < columns.size(); j++) {
            header[j + 1] = columns.get(j).segment();
        }
        Table.Builder t = Table.builder("segments", "Segments side by side", header);
        t.row(row("rows", columns, c -> count(c.observations())));
        SegmentComparisonEntry.SegmentColumn first = columns.get(0);
        for (int i = 0; i < first.indices().size(); i++) {
            int k = i;
            t.row(row("index " + first.indices().get(k).construct(), columns,
                    c -> number(c.indices().get(k).index(), 1)));
        }
        for (int i = 0; i < first.paths().size(); i++) {
            int k = i;
            SegmentComparisonEntry.PathValue p = first.paths().get(k);
            t.row(row(p.from() + " → " + p.to(), columns, c -> coefficient(c.paths().get(k).estimate())));
        }
        for (int i = 0; i < first.rSquared().size(); i++) {
            int k = i;
            t.row(row("R² " + first.rSquared().get(k).construct(), columns,
                    c -> coefficient(c.rSquared().get(k).value())));
        }
        return Optional.of(t.note("indices from the " + s.strategy() + " weights; paths in declaration order").build());
    }

    private static Cell[] row(String label, List<SegmentComparisonEntry.SegmentColumn> columns,
                              java.util.function.Function<SegmentComparisonEntry.SegmentColumn, Cell> value) {
        Cell[] cells = new Cell[columns.size() + 1];
        cells[0] = text(label);
        for (int j = 0; j < columns.size(); j++) {
            cells[j + 1] = value.apply(columns.get(j));
        }
        return cells;
    }

    /** Every tested difference of every pair of segments, with its raw and Holm-adjusted p-value. */
    static Optional<Table> tests(EstimationReport r) {
        SegmentComparisonEntry s = r.segmentComparison();
        if (s == null || s.tests() == null) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("segment-tests", "Segment differences (permutation tests, Holm-adjusted)",
                "segment A", "segment B", "kind", "quantity", "A", "B", "A − B", "p", "p Holm", "comparable",
                "significant");
        for (SegmentComparisonEntry.PairEntry pair : s.tests().pairs()) {
            for (SegmentComparisonEntry.DifferenceEntry d : pair.differences()) {
                String quantity = d.from() == null ? d.construct() : d.from() + " → " + d.construct();
                t.row(text(pair.segmentA()), text(pair.segmentB()), text(d.kind()), text(quantity),
                        coefficient(d.valueA()), coefficient(d.valueB()), coefficient(d.difference()), p(d.pValue()),
                        p(d.adjustedPValue()), text(d.comparable() ? "yes" : "no"), text(d.significant() ? "yes" : "no"));
            }
        }
        return Optional.of(t.note(s.tests().permutations() + " permutations per pair (seed " + s.tests().seed()
                + "); Holm's adjustment over every difference of every pair; comparable = MICOM partial invariance; "
                + "significant = adjusted p < " + Cell.number(s.tests().alpha(), 2).shown()).build());
    }
}
