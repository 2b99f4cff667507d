package dev.csimodel.predict;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import java.util.ArrayList;
import java.util.List;

/**
 * The linear-model benchmark of PLSpredict (Shmueli et al. 2019): ordinary least squares with
 * an intercept of each endogenous indicator on a set of predictor indicators, fitted on the
 * training rows and applied to the holdout rows.
 *
 * <p>Solved on centred moments: {@code b = C_xx⁻¹ c_xy}, intercept {@code ȳ − b'x̄}, which is
 * the OLS solution. The inverse also gives each predictor's variance inflation factor
 * {@code VIF_a = (C_xx⁻¹)_aa · C_aa}; a VIF above {@link #MAX_VIF} means the predictors are
 * collinear in the training rows and the benchmark is rejected rather than fitted on noise.
 */
final class LinearBenchmark {

    /** Variance inflation beyond which the predictors count as collinear. */
    static final double MAX_VIF = 1e10;

    private LinearBenchmark() {
    }

    /**
     * @param construct  the endogenous construct whose indicators are predicted (for messages)
     * @param predictors the predictor columns
     * @param dependents the predicted columns
     * @return predictions {@code [dependent][holdout row]}
     * @throws CsiDataException       if there are too few training rows for the regression
     * @throws CsiEstimationException if the predictors are collinear in the training rows
     */
    static double[][] fitAndPredict(DataTable train, DataTable holdout, List<String> predictors,
                                    List<String> dependents, String construct) {
        int p = predictors.size();
        if (train.rowCount() <= p + 1) {
            throw new CsiDataException("the linear benchmark for construct '" + construct + "' has " + (p + 1)
                    + " coefficients but only " + train.rowCount() + " training rows");
        }
        List<String> all = new ArrayList<>(predictors);
        all.addAll(dependents);
        Moments m = Moments.of(train, all);
        DMatrixRMaj inv = invertPredictorCovariance(m, p, predictors, construct);
        double[][] out = new double[dependents.size()][holdout.rowCount()];
        for (int d = 0; d < dependents.size(); d++) {
            double[] b = new double[p];
            for (int a = 0; a < p; a++) {
                for (int c = 0; c < p; c++) {
                    b[a] += inv.get(a, c) * m.covariance(c, p + d);
                }
            }
            predict(holdout, predictors, m, b, p + d, out[d]);
        }
        return out;
    }

    private static DMatrixRMaj invertPredictorCovariance(Moments m, int p, List<String> predictors, String construct) {
        DMatrixRMaj cxx = new DMatrixRMaj(p, p);
        for (int a = 0; a < p; a++) {
            for (int c = 0; c < p; c++) {
                cxx.set(a, c, m.covariance(a, c));
            }
        }
        DMatrixRMaj inv = new DMatrixRMaj(p, p);
        boolean ok = CommonOps_DDRM.invertSPD(cxx.copy(), inv);
        for (int a = 0; ok && a < p; a++) {
            ok = inv.get(a, a) * cxx.get(a, a) < MAX_VIF;
        }
        if (!ok) {
            throw new CsiEstimationException("the linear benchmark for construct '" + construct
                    + "' cannot be fitted: its predictors " + predictors + " are collinear in the training rows");
        }
        return inv;
    }

    /** ŷ = ȳ + Σ b_a (x_a − x̄_a): the fitted line through the training means. */
    private static void predict(DataTable holdout, List<String> predictors, Moments m, double[] b, int dep, double[] out) {
        for (int r = 0; r < out.length; r++) {
            double s = m.mean(dep);
            for (int a = 0; a < b.length; a++) {
                s += b[a] * (holdout.value(r, predictors.get(a)) - m.mean(a));
            }
            out[r] = s;
        }
    }
}
