package dev.csimodel.ordinal;

import dev.csimodel.CsiEstimationException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Smoothing of a symmetric matrix with unit diagonal that is not positive definite, by
 * eigenvalue clipping (Wothke 1993, "Nonpositive definite matrices in structural modeling", in
 * Bollen and Long, Testing Structural Equation Models, pp. 256–293; the method of R psych's
 * {@code cor.smooth}): with {@code R = VΛV'}, raise every eigenvalue below {@link #FLOOR} to it,
 * {@code R⁺ = V max(Λ, ε) V'}, then rescale to unit diagonal, {@code R̃ = D^{-1/2} R⁺ D^{-1/2}}
 * with {@code D = diag R⁺}. Raising eigenvalues only adds a positive semi-definite matrix, so
 * {@code diag R⁺ ≥ 1} and the smallest eigenvalue of R̃ is at least ε / max(diag R⁺) &gt; 0.
 */
final class EigenvalueClipping {

    /** The eigenvalue floor ε. */
    static final double FLOOR = 1e-6;

    private EigenvalueClipping() {
    }

    /** @return the smallest eigenvalue of symmetric {@code r} (row-major p × p) */
    static double smallestEigenvalue(double[] r, int p) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(r, p);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < p; i++) {
            min = Math.min(min, eig.getEigenvalue(i).getReal());
        }
        return min;
    }

    /** @return the smoothed matrix, row-major */
    static double[] smooth(double[] r, int p) {
        EigenDecomposition_F64<DMatrixRMaj> eig = decompose(r, p);
        DMatrixRMaj plus = new DMatrixRMaj(p, p);
        for (int k = 0; k < p; k++) {
            double lambda = Math.max(eig.getEigenvalue(k).getReal(), FLOOR);
            DMatrixRMaj v = eig.getEigenVector(k);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    plus.add(i, j, lambda * v.get(i) * v.get(j));
                }
            }
        }
        double[] out = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double v = i == j ? 1.0 : (plus.get(i, j) + plus.get(j, i)) / 2
                        / Math.sqrt(plus.get(i, i) * plus.get(j, j));
                out[i * p + j] = v;
            }
        }
        return out;
    }

    private static EigenDecomposition_F64<DMatrixRMaj> decompose(double[] r, int p) {
        DMatrixRMaj m = new DMatrixRMaj(p, p);
        System.arraycopy(r, 0, m.data, 0, p * p);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, true, true);
        if (!eig.decompose(m)) {
            throw new CsiEstimationException("the eigen decomposition of the indicator correlation matrix failed");
        }
        return eig;
    }
}
