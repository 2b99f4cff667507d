package dev.csimodel.analysis.waves;

import dev.csimodel.data.DataTable;

import java.util.List;

/** The rows of several tables, one after the other, on the given columns. */
final class Pooling {

    private Pooling() {
    }

    static DataTable concat(List<String> columns, DataTable... tables) {
        int n = 0;
        for (DataTable t : tables) {
            n += t.rowCount();
        }
        double[][] out = new double[columns.size()][n];
        int offset = 0;
        for (DataTable t : tables) {
            for (int j = 0; j < columns.size(); j++) {
                System.arraycopy(t.column(columns.get(j)), 0, out[j], offset, t.rowCount());
            }
            offset += t.rowCount();
        }
        return DataTable.ofColumns(columns, out);
    }
}
