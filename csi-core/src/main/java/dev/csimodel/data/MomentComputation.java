package dev.csimodel.data;

import dev.csimodel.CsiDataException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import java.util.List;

/**
 * Two-pass moments of in-memory data: means first, then the cross-product of the centred
 * columns (numerically safer than raw sums of squares).
 */
final class MomentComputation {

    private MomentComputation() {
    }

    static Moments compute(DataTable data, List<String> columns) {
        int n = data.rowCount();
        int p = columns.size();
        if (n < 2) {
            throw new CsiDataException("at least two observations are needed, the data has " + n);
        }
        double[] x = data.rowMajor(columns);
        double[] means = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = x[i * p + j];
                if (!Double.isFinite(v)) {
                    throw new CsiDataException("column '" + columns.get(j) + "', row " + (i + 1) + ": "
                            + (Double.isNaN(v) ? "missing value (estimate with a MissingStrategy to handle missing values)"
                            : "non-finite value " + v));
                }
                means[j] += v;
            }
        }
        for (int j = 0; j < p; j++) {
            means[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i * p + j] -= means[j];
            }
        }
        DMatrixRMaj centred = DMatrixRMaj.wrap(n, p, x);
        DMatrixRMaj cov = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multInner(centred, cov);
        CommonOps_DDRM.scale(1.0 / n, cov);
        return new Moments(columns, n, means, cov.data);
    }
}
