package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.Moments;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import java.util.OptionalDouble;

/**
 * Discrepancies between an empirical indicator correlation matrix S and a model-implied one Σ
 * (Dijkstra and Henseler 2015, "Consistent and asymptotically normal PLS estimators for linear
 * structural equations", CSDA 81; Henseler et al. 2014, "Common beliefs and reality about PLS",
 * ORM 17), over p indicators:
 * <ul>
 *   <li>SRMR = sqrt(Σ_{i≥j} (s_ij − σ_ij)² / (p(p+1)/2)), the root mean squared residual over the
 *       lower triangle with the diagonal (Hu and Bentler 1999, on correlations);</li>
 *   <li>d_ULS = ½ Σ_ij (s_ij − σ_ij)² = ½‖S − Σ‖²_F, the unweighted least-squares distance;</li>
 *   <li>d_G = ½ Σ_k (ln λ_k)², λ_k the eigenvalues of S⁻¹Σ, the geodesic distance.</li>
 * </ul>
 *
 * @param srmr standardised root mean squared residual
 * @param dUls unweighted least-squares distance
 * @param dG   geodesic distance; empty when S or Σ is not positive definite (the logarithms
 *             are then undefined)
 */
public record FitStatistics(double srmr, double dUls, OptionalDouble dG) {

    /**
     * Computes the three discrepancies of {@code implied} from {@code empirical}, both p × p
     * correlation matrices in the same indicator order. Reusable e.g. for bootstrap samples.
     *
     * @throws CsiSpecificationException if the matrices are not square of the same size or hold
     *                                   a non-finite value (naming the row and column)
     * @param empirical the empirical correlation matrix S, p × p
     * @param implied the model-implied correlation matrix Σ̂, p × p in the same indicator order
     * @return SRMR, d_ULS and d_G of Σ̂ from S
     */
    public static FitStatistics between(double[][] empirical, double[][] implied) {
        int p = empirical.length;
        check(empirical, p, "empirical");
        check(implied, p, "implied");
        double lower = 0;
        double all = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double d = empirical[i][j] - implied[i][j];
                all += d * d;
                if (j <= i) {
                    lower += d * d;
                }
            }
        }
        double srmr = Math.sqrt(lower / (p * (p + 1) / 2.0));
        return new FitStatistics(srmr, all / 2, geodesic(empirical, implied));
    }

    /**
     * As {@link #between(double[][], double[][])} with S the correlation matrix of {@code moments}.
     * @param moments the moments of the indicators, whose correlation matrix is S
     * @param implied the model-implied correlation matrix Σ̂, in the order of {@code moments}
     * @return SRMR, d_ULS and d_G of Σ̂ from S
     */
    public static FitStatistics between(Moments moments, double[][] implied) {
        int p = moments.size();
        double[][] s = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                s[i][j] = moments.correlation(i, j);
            }
        }
        return between(s, implied);
    }

    /** ½ Σ ln²λ over the eigenvalues of S⁻¹Σ, taken as those of the symmetric L⁻¹ΣL⁻ᵀ (S = LL'). */
    private static OptionalDouble geodesic(double[][] empirical, double[][] implied) {
        int p = empirical.length;
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(p, true);
        if (!chol.decompose(new DMatrixRMaj(empirical))) {
            return OptionalDouble.empty();
        }
        DMatrixRMaj lInv = new DMatrixRMaj(p, p);
        if (!CommonOps_DDRM.invert(chol.getT(null), lInv)) {
            return OptionalDouble.empty();
        }
        DMatrixRMaj tmp = new DMatrixRMaj(p, p);
        DMatrixRMaj m = new DMatrixRMaj(p, p);
        CommonOps_DDRM.mult(lInv, new DMatrixRMaj(implied), tmp);
        CommonOps_DDRM.multTransB(tmp, lInv, m);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, false, true);
        if (!eig.decompose(m)) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int k = 0; k < p; k++) {
            double lambda = eig.getEigenvalue(k).getReal();
            if (!(lambda > 0)) {
                return OptionalDouble.empty();
            }
            sum += Math.log(lambda) * Math.log(lambda);
        }
        return OptionalDouble.of(sum / 2);
    }

    private static void check(double[][] m, int p, String what) {
        if (m.length != p) {
            throw new CsiSpecificationException("the " + what + " matrix has " + m.length + " rows, expected " + p);
        }
        for (int i = 0; i < p; i++) {
            if (m[i].length != p) {
                throw new CsiSpecificationException("row " + i + " of the " + what + " matrix has "
                        + m[i].length + " columns, expected " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new CsiSpecificationException("the " + what + " matrix holds " + m[i][j]
                            + " at row " + i + ", column " + j);
                }
            }
        }
    }
}
