package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.models.index.Scale;
import dev.csimodel.report.DiagnosticEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every cell of the used indicator columns against the declared {@code --scale} before
 * the fit, so that no index is computed from an answer the questionnaire cannot give.
 *
 * @param table   the data, with out-of-scale cells blanked under {@link OutOfScale#MISSING}
 * @param blanked the number of cells blanked, per column, in column order (empty if none)
 */
record ScaleCells(DataTable table, List<String> blanked, long count) {

    /**
     * @throws CsiDataException under {@link OutOfScale#ERROR}, naming the first out-of-scale
     *                          cell's column, data row (1-based, header not counted: line
     *                          {@code row + 1} of a CSV file with a one-line header), value and
     *                          the scale
     */
    static ScaleCells apply(DataTable table, List<String> indicators, Scale scale, OutOfScale policy) {
        DataTable out = table;
        List<String> blanked = new ArrayList<>();
        long total = 0;
        for (String col : indicators) {
            int first = firstOutside(table, table.columnIndex(col), scale);
            if (first == table.rowCount()) {
                continue; // the usual case: no copy of a column that stays as it is
            }
            double[] x = table.column(col);
            int n = 0;
            for (int r = first; r < x.length; r++) {
                if (Double.isNaN(x[r]) || scale.contains(x[r])) {
                    continue;
                }
                if (policy == OutOfScale.ERROR) {
                    throw new CsiDataException("column '" + col + "', data row " + (r + 1) + " (line " + (r + 2)
                            + " of a file with one header line): value " + x[r] + " lies outside --scale "
                            + scale.min() + ":" + scale.max() + "; fix the data, the scale, or use --out-of-scale missing");
                }
                x[r] = Double.NaN;
                n++;
            }
            if (n > 0) {
                out = out.withColumn(col, x);
                blanked.add(col + " (" + n + ")");
                total += n;
            }
        }
        return new ScaleCells(out, List.copyOf(blanked), total);
    }

    /** @return the first row whose cell in column {@code j} is neither missing nor on the scale, or the row count */
    private static int firstOutside(DataTable table, int j, Scale scale) {
        int rows = table.rowCount();
        for (int r = 0; r < rows; r++) {
            double v = table.value(r, j);
            if (!Double.isNaN(v) && !scale.contains(v)) {
                return r;
            }
        }
        return rows;
    }

    /** @return the warning that counts the blanked cells, if any */
    Optional<DiagnosticEntry> diagnostic(Scale scale) {
        if (count == 0) {
            return Optional.empty();
        }
        List<String> cols = blanked.stream().map(b -> b.substring(0, b.lastIndexOf(" ("))).toList();
        return Optional.of(DiagnosticEntry.warning("OUT_OF_SCALE", List.of(), cols, count
                + " cell(s) outside --scale " + scale.min() + ":" + scale.max()
                + " treated as missing: " + String.join(", ", blanked)));
    }
}
