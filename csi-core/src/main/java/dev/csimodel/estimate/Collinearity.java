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
 *
 * <p>Structural predictors and indicator blocks are judged on the scale-free condition ratio
 * {@code λ_min/λ_max} of their correlation matrix ({@link #conditionRatio}), which an exact
 * dependency drives to rounding level (about 1e-16) whatever the data's units, instead of on
 * whether a Cholesky factorisation happens to succeed (it does or does not by rounding alone).
 */
public final class Collinearity {

    /** 1 − R² below which a variable counts as a linear combination of the others. */
    static final double THRESHOLD = 1e-10;

    /**
     * Below this EJML Cholesky quality (a scaled product of the factor's diagonal) a matrix is
     * worth the exact check; well-conditioned correlation matrices score orders of magnitude higher.
     */
    static final double DOUBTFUL = 1e-3;

    /** Smallest eigenvalue of a block correlation matrix, relative to the largest, still deemed regular. */
    static final double SINGULAR_RELATIVE = 1e-12;
    /**
     * Condition ratio below which a correlation matrix is exactly singular: an exact dependency
     * computed in double precision leaves λ_min/λ_max near 1e-16, five orders of magnitude below;
     * a regular matrix this ill-conditioned would lose ten of the sixteen digits of any solve.
     * The same bound as {@link #THRESHOLD} on 1 − R² (VIF 1e10).
     */
    public static final double EXACT = 1e-10;
    /**
     * Condition ratio below which predictors are near-collinear: a condition index
     * {@code sqrt(λ_max/λ_min)} above 30, the bound for moderate to strong dependencies of Belsley,
     * Kuh and Welsch (1980), ch. 3.
     */
    public static final double NEAR = 1.0 / 900;

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
     * The condition ratio {@code min|λ| / max|λ|} of the correlation matrix of {@code s} (a
     * moment matrix is standardised first, so the ratio does not depend on units). Absolute
     * values, so that an indefinite matrix (consistent PLS's corrected correlations) counts as
     * singular only when an eigenvalue vanishes.
     *
     * @param s a symmetric moment matrix with positive diagonal
     * @return the ratio in [0, 1]; 0 when the matrix is exactly singular or not finite
     */
    public static double conditionRatio(DMatrixRMaj s) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(s);
        if (eig == null) {
            return 0;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < s.numRows; i++) {
            double v = Math.abs(eig.getEigenvalue(i).getReal());
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max > 0 ? min / max : 0;
    }

    /** Eigen-decomposition of the correlation matrix of {@code s}, or null if it fails or is not finite. */
    private static EigenDecomposition_F64<DMatrixRMaj> decompose(DMatrixRMaj s) {
        int m = s.numRows;
        DMatrixRMaj r = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double v = s.get(i, j) / Math.sqrt(s.get(i, i) * s.get(j, j));
                if (!Double.isFinite(v)) {
                    return null;
                }
                r.set(i, j, v);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        return eig.decompose(r) ? eig : null;
    }

    /**
     * The variables spanned by the eigenvector of the eigenvalue smallest in absolute value: the
     * collinear set, when the condition ratio is below {@link #EXACT} (or {@code bound}).
     *
     * @param s     a moment matrix (correlations or covariances)
     * @param names the variables' names
     * @param bound the condition ratio below which the matrix counts as singular
     * @return the collinear variables, or an empty list if the ratio is at or above {@code bound}
     */
    public static List<String> collinearSet(DMatrixRMaj s, List<String> names, double bound) {
        int m = s.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(s);
        if (eig == null) {
            throw new CsiEstimationException("eigen-decomposition of the correlations of " + names + " failed");
        }
        int min = 0;
        double max = 0;
        for (int i = 0; i < m; i++) {
            max = Math.max(max, Math.abs(eig.getEigenvalue(i).getReal()));
            if (Math.abs(eig.getEigenvalue(i).getReal()) < Math.abs(eig.getEigenvalue(min).getReal())) {
                min = i;
            }
        }
        if (Math.abs(eig.getEigenvalue(min).getReal()) >= bound * max) {
            return List.of();
        }
        return involved(eig.getEigenVector(min), names);
    }

    /** As {@link #collinearSet(DMatrixRMaj, List, double)} with the Mode B bound {@link #SINGULAR_RELATIVE}. */
    static List<String> collinearSet(DMatrixRMaj s, List<String> names) {
        return collinearSet(s, names, SINGULAR_RELATIVE);
    }

    private static List<String> involved(DMatrixRMaj v, List<String> names) {
        int m = v.numRows;
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
