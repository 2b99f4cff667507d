package dev.csimodel.estimate;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import dev.csimodel.CsiEstimationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the first variable of a covariance matrix that is (numerically) a linear combination of
 * the variables before it. In the Cholesky factor {@code S = LL'}, {@code L_ii² / S_ii} is
 * {@code 1 − R²} of variable i regressed on variables 0..i−1, so a vanishing ratio names the
 * culprit. The whole collinear set comes from the null space: if the block's correlation matrix
 * has an eigenvalue λ ≈ 0 with eigenvector v, then {@code Σ v_i z_i = 0} for the standardised
 * indicators z, and the indicators with a non-negligible v_i are the collinear set (Belsley, Kuh
 * and Welsch 1980, "Regression Diagnostics", ch. 3).
 */
final class Collinearity {

    /** 1 − R² below which a variable counts as a linear combination of the others. */
    static final double THRESHOLD = 1e-10;

    /**
     * Below this EJML Cholesky quality (a scaled product of the factor's diagonal) a matrix is
     * worth the exact check; well-conditioned correlation matrices score orders of magnitude higher.
     */
    static final double DOUBTFUL = 1e-3;

    /** Smallest eigenvalue of a block correlation matrix, relative to the largest, still deemed regular. */
    static final double SINGULAR_RELATIVE = 1e-12;
    /** Components of the null vector below this share of the largest do not name an indicator. */
    static final double INVOLVED_SHARE = 0.1;

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

    /**
     * @param s     the block's moment matrix (correlations or covariances)
     * @param names the block's indicator names
     * @return the collinear indicators, or an empty list if the block is regular
     */
    static List<String> collinearSet(DMatrixRMaj s, List<String> names) {
        int m = s.numRows;
        DMatrixRMaj r = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                r.set(i, j, s.get(i, j) / Math.sqrt(s.get(i, i) * s.get(j, j)));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(r)) {
            throw new CsiEstimationException("eigen-decomposition of the block of " + names + " failed");
        }
        int min = 0;
        double max = 0;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, eig.getEigenvalue(i).getReal());
            if (eig.getEigenvalue(i).getReal() < eig.getEigenvalue(min).getReal()) {
                min = i;
            }
        }
        if (eig.getEigenvalue(min).getReal() > SINGULAR_RELATIVE * max) {
            return List.of();
        }
        DMatrixRMaj v = eig.getEigenVector(min);
        double big = 0;
        for (int i = 0; i < m; i++) {
            big = Math.max(big, Math.abs(v.get(i, 0)));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (Math.abs(v.get(i, 0)) >= INVOLVED_SHARE * big) {
                out.add(names.get(i));
            }
        }
        return out;
    }
}
