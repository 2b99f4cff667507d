package dev.csimodel.data.missing;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

import java.util.ArrayList;
import java.util.List;

/**
 * Moments under pairwise deletion. The correlation of indicators j and k is computed from the
 * rows in which both are observed, with that subset's own (weighted) means and standard
 * deviations: R's {@code cor(x, use = "pairwise.complete.obs")}. Each indicator's mean and
 * standard deviation, which standardise it for the construct scores, come from all of its
 * observed values; the covariance handed on is {@code r_jk s_j s_k}.
 *
 * <p>The number of observations is the smallest (weighted) count of any pair: the standard errors
 * of the structural regressions then refer to the pair with least information, a conservative
 * choice (the alternatives, e.g. the mean pair count, have no better justification).
 *
 * <p>A matrix of pairwise correlations need not be positive semi-definite (each entry comes from
 * different rows), and PLS needs a positive-definite one: it is checked by a Cholesky
 * decomposition.
 */
final class PairwiseMoments {

    /** Components of the offending eigenvector smaller than this share of the largest are not named. */
    private static final double INVOLVED_SHARE = 0.1;

    private PairwiseMoments() {
    }

    static Moments compute(DataTable data, double[] w) {
        List<String> names = data.columnNames();
        int p = names.size();
        double[][] x = new double[p][];
        for (int j = 0; j < p; j++) {
            x[j] = data.column(names.get(j));
        }
        double[] means = new double[p];
        double[] sds = new double[p];
        double observations = Double.POSITIVE_INFINITY;
        for (int j = 0; j < p; j++) {
            double[] s = pairStats(x[j], x[j], w, names.get(j), names.get(j));
            means[j] = s[1];
            sds[j] = Math.sqrt(s[3]);
            observations = Math.min(observations, s[0]);
        }
        double[] r = new double[p * p];
        for (int a = 0; a < p; a++) {
            r[a * p + a] = 1.0;
            for (int b = a + 1; b < p; b++) {
                double[] s = pairStats(x[a], x[b], w, names.get(a), names.get(b));
                observations = Math.min(observations, s[0]);
                double c = s[5] / Math.sqrt(s[3] * s[4]);
                r[a * p + b] = c;
                r[b * p + a] = c;
            }
        }
        requirePositiveDefinite(r, names);
        double[] cov = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                cov[a * p + b] = r[a * p + b] * sds[a] * sds[b];
            }
        }
        double[][] range = Moments.extremes(data, names);
        return new Moments(names, observations, means, cov, range[0], range[1]);
    }

    /**
     * Weighted statistics of the rows where both {@code u} and {@code v} are observed:
     * {Σw, mean u, mean v, var u, var v, cov uv} (population divisor Σw).
     */
    private static double[] pairStats(double[] u, double[] v, double[] w, String nu, String nv) {
        double total = 0;
        double su = 0;
        double sv = 0;
        int rows = 0;
        for (int r = 0; r < u.length; r++) {
            if (!Double.isNaN(u[r]) && !Double.isNaN(v[r]) && w[r] > 0) {
                total += w[r];
                su += w[r] * u[r];
                sv += w[r] * v[r];
                rows++;
            }
        }
        String what = nu.equals(nv) ? "indicator '" + nu + "'" : "indicators '" + nu + "' and '" + nv + "'";
        if (rows < 2) {
            throw new CsiDataException(what + (nu.equals(nv) ? " is" : " are") + " observed (with positive weight) "
                    + (nu.equals(nv) ? "" : "together ") + "in " + rows + " row(s); pairwise deletion needs at least two");
        }
        double mu = su / total;
        double mv = sv / total;
        double vu = 0;
        double vv = 0;
        double c = 0;
        for (int r = 0; r < u.length; r++) {
            if (!Double.isNaN(u[r]) && !Double.isNaN(v[r]) && w[r] > 0) {
                vu += w[r] * (u[r] - mu) * (u[r] - mu);
                vv += w[r] * (v[r] - mv) * (v[r] - mv);
                c += w[r] * (u[r] - mu) * (v[r] - mv);
            }
        }
        if (!(vu > 0) || !(vv > 0)) {
            throw new CsiDataException(what + ": " + (vu > 0 ? "'" + nv + "'" : "'" + nu + "'")
                    + " is constant in the rows where " + (nu.equals(nv) ? "it is observed" : "both are observed")
                    + "; its correlation is undefined");
        }
        return new double[]{total, mu, mv, vu / total, vv / total, c / total};
    }

    private static void requirePositiveDefinite(double[] r, List<String> names) {
        int p = names.size();
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(p, true);
        if (chol.decompose(DMatrixRMaj.wrap(p, p, r.clone()))) {
            return;
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, true, true);
        eig.decompose(DMatrixRMaj.wrap(p, p, r.clone()));
        int worst = 0;
        for (int i = 1; i < p; i++) {
            if (eig.getEigenvalue(i).getReal() < eig.getEigenvalue(worst).getReal()) {
                worst = i;
            }
        }
        throw new CsiDataException("the pairwise-deletion correlation matrix is not positive definite "
                + "(smallest eigenvalue " + eig.getEigenvalue(worst).getReal() + "); the indicators involved are "
                + involved(eig.getEigenVector(worst), names)
                + "; use listwise deletion or mean replacement instead");
    }

    private static List<String> involved(DMatrixRMaj v, List<String> names) {
        double max = 0;
        for (int i = 0; i < v.numRows; i++) {
            max = Math.max(max, Math.abs(v.get(i, 0)));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.numRows; i++) {
            if (Math.abs(v.get(i, 0)) >= INVOLVED_SHARE * max) {
                out.add(names.get(i));
            }
        }
        return out;
    }
}
