package dev.csimodel.estimate;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Finds the first variable of a covariance matrix that is (numerically) a linear combination of
 * the variables before it. In the Cholesky factor {@code S = LL'}, {@code L_ii² / S_ii} is
 * {@code 1 − R²} of variable i regressed on variables 0..i−1, so a vanishing ratio names the
 * culprit.
 */
final class Collinearity {

    /** 1 − R² below which a variable counts as a linear combination of the others. */
    static final double THRESHOLD = 1e-10;

    private Collinearity() {
    }

    /** @return the index of the first collinear variable, or -1 if the matrix is positive definite */
    static int firstCollinear(DMatrixRMaj s) {
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(s.numRows, true);
        if (!chol.decompose(s.copy())) {
            return lastPositivePrefix(s);
        }
        DMatrixRMaj l = chol.getT(null);
        for (int i = 0; i < s.numRows; i++) {
            double d = l.get(i, i);
            if (!(d * d / s.get(i, i) > THRESHOLD)) {
                return i;
            }
        }
        return -1;
    }

    /** When the factorisation fails, the first leading sub-matrix that is not positive definite. */
    private static int lastPositivePrefix(DMatrixRMaj s) {
        for (int m = 1; m <= s.numRows; m++) {
            DMatrixRMaj lead = new DMatrixRMaj(m, m);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    lead.set(i, j, s.get(i, j));
                }
            }
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(m, true);
            if (!chol.decompose(lead)) {
                return m - 1;
            }
        }
        return s.numRows - 1;
    }
}
