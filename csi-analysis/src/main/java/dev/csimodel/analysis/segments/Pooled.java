package dev.csimodel.analysis.segments;

import dev.csimodel.data.DataTable;

import java.util.List;

/** The rows of two segments, A's then B's, on the given columns. */
final class Pooled {

    private Pooled() {
    }

    static DataTable concat(List<String> columns, DataTable a, DataTable b) {
        int n = a.rowCount() + b.rowCount();
        double[][] out = new double[columns.size()][n];
        for (int j = 0; j < columns.size(); j++) {
            System.arraycopy(a.column(columns.get(j)), 0, out[j], 0, a.rowCount());
            System.arraycopy(b.column(columns.get(j)), 0, out[j], a.rowCount(), b.rowCount());
        }
        return DataTable.ofColumns(columns, out);
    }
}
