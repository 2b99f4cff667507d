package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import java.util.List;

/**
 * The Bollen-Stine transformation (Bollen and Stine 1992, "Bootstrapping goodness-of-fit
 * measures in structural equation models", Sociological Methods &amp; Research 21, section 3):
 * with the rows standardised,
 *
 * <pre>  Z = X_std · S^{-1/2} · Σ^{1/2}</pre>
 *
 * with S the empirical and Σ the model-implied correlation matrix and symmetric square roots
 * {@code A^{±1/2} = V Λ^{±1/2} V'} from the eigen-decomposition A = VΛV'. Since
 * {@code Z'Z/n = Σ^{1/2} S^{-1/2} S S^{-1/2} Σ^{1/2} = Σ}, the transformed data fit the model
 * exactly, so resampling them draws from a population in which the model holds. The columns are
 * then given back the original means and standard deviations, which leaves their correlation
 * matrix Σ and lets any {@link dev.csimodel.estimate.Scaling} see the original units.
 */
final class BollenStineTransform {

    /** Eigenvalues at or below this share of the largest make a matrix count as not positive definite. */
    static final double DEFINITENESS_TOLERANCE = 1e-10;

    private BollenStineTransform() {
    }

    /**
     * @param data     the original rows (complete)
     * @param moments  their moments over {@code columns}, the source of S, means and SDs
     * @param implied  Σ, p × p in the order of {@code moments.names()}
     * @param what     names Σ in error messages, e.g. "the estimated model's implied correlation matrix"
     * @return the transformed table with the columns {@code moments.names()}
     * @throws CsiEstimationException naming the matrix if S or Σ is not positive definite
     */
    static DataTable transform(DataTable data, Moments moments, double[][] implied, String what) {
        List<String> names = moments.names();
        int p = names.size();
        int n = data.rowCount();
        DMatrixRMaj s = DMatrixRMaj.wrap(p, p, moments.correlationMatrix());
        DMatrixRMaj a = new DMatrixRMaj(p, p);
        CommonOps_DDRM.mult(power(s, -0.5, "the empirical indicator correlation matrix"),
                power(new DMatrixRMaj(implied), 0.5, what), a);
        DMatrixRMaj x = DMatrixRMaj.wrap(n, p, data.rowMajor(names));
        double[] mean = moments.means();
        double[] sd = new double[p];
        for (int j = 0; j < p; j++) {
            sd[j] = moments.sd(j);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x.set(i, j, (x.get(i, j) - mean[j]) / sd[j]);
            }
        }
        DMatrixRMaj z = new DMatrixRMaj(n, p);
        CommonOps_DDRM.mult(x, a, z);
        double[][] columns = new double[p][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                columns[j][i] = mean[j] + sd[j] * z.get(i, j);
            }
        }
        return DataTable.ofColumns(names, columns);
    }

    /**
     * {@code V Λ^e V'} of the symmetric matrix {@code m}.
     *
     * @throws CsiEstimationException naming {@code what} if m is not positive definite
     */
    static DMatrixRMaj power(DMatrixRMaj m, double exponent, String what) {
        int p = m.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, true, true);
        if (!eig.decompose(m.copy())) {
            throw new CsiEstimationException("the eigen-decomposition of " + what + " failed");
        }
        double largest = 0;
        for (int k = 0; k < p; k++) {
            largest = Math.max(largest, eig.getEigenvalue(k).getReal());
        }
        DMatrixRMaj out = new DMatrixRMaj(p, p);
        for (int k = 0; k < p; k++) {
            double lambda = eig.getEigenvalue(k).getReal();
            if (!(lambda > DEFINITENESS_TOLERANCE * largest)) {
                throw new CsiEstimationException(what + " is not positive definite (eigenvalue " + lambda
                        + ", largest " + largest + "); the Bollen-Stine transformation needs it");
            }
            DMatrixRMaj v = eig.getEigenVector(k);
            double f = Math.pow(lambda, exponent) / CommonOps_DDRM.dot(v, v);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    out.add(i, j, f * v.get(i) * v.get(j));
                }
            }
        }
        return out;
    }
}
