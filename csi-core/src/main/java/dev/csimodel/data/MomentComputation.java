package dev.csimodel.data;

import dev.csimodel.CsiDataException;

import java.util.List;

/**
 * Moments of in-memory data: the columns are fed a block at a time to a
 * {@link MomentAccumulator}, whose chunked, register-tiled cross-product of centred values
 * (merged with the update of Chan, Golub and LeVeque 1979) is as stable as a two-pass
 * computation and several times faster than a general matrix product.
 */
final class MomentComputation {

    private MomentComputation() {
    }

    static Moments compute(DataTable data, List<String> columns) {
        int n = data.rowCount();
        if (n < 2) {
            throw new CsiDataException("at least two observations are needed, the data has " + n);
        }
        double[][] cols = new double[columns.size()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = data.columnRef(columns.get(j));
            requireFinite(cols[j], columns.get(j));
        }
        MomentAccumulator acc = MomentAccumulator.of(columns, Math.min(n, MomentAccumulator.DEFAULT_CHUNK_ROWS));
        // Checked above, with a message that points to the missing-data strategies.
        acc.addColumns(cols, 0, n, true);
        return acc.toMoments();
    }

    private static void requireFinite(double[] x, String column) {
        double probe = 0;
        for (double v : x) {
            probe += 0 * v;
        }
        if (probe == 0 && !Double.isNaN(probe)) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new CsiDataException("column '" + column + "', row " + (i + 1) + ": "
                        + (Double.isNaN(x[i]) ? "missing value (estimate with a MissingStrategy to handle missing values)"
                        : "non-finite value " + x[i]));
            }
        }
    }
}
