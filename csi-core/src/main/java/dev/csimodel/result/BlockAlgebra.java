package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import java.util.Arrays;

/** Small dense computations on one block's correlation matrix. */
final class BlockAlgebra {

    private BlockAlgebra() {
    }

    /** Eigenvalues and the eigenvector of the largest, for a symmetric matrix. */
    record Eigen(double[] valuesDescending, double[] firstVector) {
    }

    static Eigen eigen(DMatrixRMaj r, String block) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(r.numRows, true, true);
        if (!eig.decompose(r.copy())) {
            throw new CsiEstimationException("eigen-decomposition of block '" + block + "' failed");
        }
        int m = r.numRows;
        double[] values = new double[m];
        int best = 0;
        for (int i = 0; i < m; i++) {
            values[i] = eig.getEigenvalue(i).getReal();
            if (values[i] > values[best]) {
                best = i;
            }
        }
        DMatrixRMaj v = eig.getEigenVector(best);
        double[] first = new double[m];
        for (int i = 0; i < m; i++) {
            first[i] = v.get(i, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < m / 2; i++) {
            double t = sorted[i];
            sorted[i] = sorted[m - 1 - i];
            sorted[m - 1 - i] = t;
        }
        return new Eigen(sorted, first);
    }

    /** Diagonal of the inverse of a symmetric positive-definite matrix (VIFs of a correlation matrix). */
    static double[] inverseDiagonal(DMatrixRMaj r, String what) {
        DMatrixRMaj inv = new DMatrixRMaj(r.numRows, r.numCols);
        if (!CommonOps_DDRM.invertSPD(r.copy(), inv)) {
            throw new CsiEstimationException(what + ": the correlation matrix is singular (collinear variables)");
        }
        double[] d = new double[r.numRows];
        for (int i = 0; i < d.length; i++) {
            d[i] = inv.get(i, i);
            // (R⁻¹)_ii = 1/(1 − R²_i) ≥ 1 for a regular correlation matrix; anything else is
            // the rounding debris of a singular one.
            if (!Double.isFinite(d[i]) || d[i] < 1 - 1e-8) {
                throw new CsiEstimationException(what + ": the correlation matrix is singular (collinear variables)");
            }
        }
        return d;
    }

    /** The sub-matrix of {@code r} on the given rows and columns. */
    static DMatrixRMaj sub(DMatrixRMaj r, int[] rows, int[] cols) {
        DMatrixRMaj out = new DMatrixRMaj(rows.length, cols.length);
        for (int a = 0; a < rows.length; a++) {
            for (int b = 0; b < cols.length; b++) {
                out.set(a, b, r.get(rows[a], cols[b]));
            }
        }
        return out;
    }

    static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}
