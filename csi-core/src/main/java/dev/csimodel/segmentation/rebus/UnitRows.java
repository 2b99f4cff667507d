package dev.csimodel.segmentation.rebus;

import dev.csimodel.data.DataTable;

import java.util.List;

/** The indicators of every unit as one array per unit, in the model's block order. */
final class UnitRows {

    private UnitRows() {
    }

    static double[][] of(DataTable data, List<String> indicators) {
        int p = indicators.size();
        double[] flat = data.rowMajor(indicators);
        double[][] rows = new double[data.rowCount()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = java.util.Arrays.copyOfRange(flat, i * p, (i + 1) * p);
        }
        return rows;
    }
}
