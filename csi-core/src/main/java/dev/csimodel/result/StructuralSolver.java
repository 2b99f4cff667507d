package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.estimate.Collinearity;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import java.util.ArrayList;
import java.util.List;

/**
 * OLS on construct correlations: for a dependent y and predictors P with correlation matrix
 * R_PP and correlations r_Py, β = R_PP⁻¹ r_Py and R² = r_Py'β. With n standardised scores
 * (population variance 1) the classical standard errors are
 * {@code se(β_i) = sqrt((1 − R²)/(n − k − 1) · (R_PP⁻¹)_ii)} and for the intercept
 * {@code sqrt((1 − R²)/(n − k − 1))}, which is what R's {@code lm} gives on plspm's scores.
 */
final class StructuralSolver {

    /** Residual degrees of freedom above which p-values use the normal distribution. */
    static final double LARGE_DF = 1e7;
    /** How far R² computed as r'R⁻¹r may exceed 1 by rounding alone. */
    static final double PERFECT_FIT_ROUNDING = 1e-10;

    private StructuralSolver() {
    }

    /** Regression of construct {@code y} on {@code predictors} from the correlation matrix {@code r}. */
    static RegressionSummary regress(DMatrixRMaj r, int y, int[] predictors, List<String> names, double n) {
        return regress(r, y, predictors, names, n, false);
    }

    /**
     * As {@link #regress(DMatrixRMaj, int, int[], List, double)}; with {@code indefinite} the
     * predictor correlations may be indefinite (consistent PLS's corrected correlations), and are
     * then inverted by LU, and the coefficients carry no OLS inference (it is not valid for the
     * corrected paths of consistent PLS; the bootstrap gives their standard errors).
     */
    static RegressionSummary regress(DMatrixRMaj r, int y, int[] predictors, List<String> names, double n,
                                     boolean indefinite) {
        int k = predictors.length;
        DMatrixRMaj rpp = new DMatrixRMaj(k, k);
        DMatrixRMaj rpy = new DMatrixRMaj(k, 1);
        for (int a = 0; a < k; a++) {
            rpy.set(a, 0, r.get(predictors[a], y));
            for (int b = 0; b < k; b++) {
                rpp.set(a, b, r.get(predictors[a], predictors[b]));
            }
        }
        DMatrixRMaj inv = new DMatrixRMaj(k, k);
        // Singularity is judged on the scale-free condition ratio, not on whether the inversion
        // happens to succeed: an exact copy often leaves a positive pivot of 1e-16 by rounding.
        if (Collinearity.conditionRatio(rpp) < Collinearity.EXACT
                || !CommonOps_DDRM.invertSPD(rpp.copy(), inv) && !(indefinite && CommonOps_DDRM.invert(rpp.copy(), inv))) {
            throw collinear(rpp, names.get(y), names(predictors, names));
        }
        DMatrixRMaj beta = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.mult(inv, rpy, beta);
        double r2 = CommonOps_DDRM.dot(rpy, beta);
        double df = n - k - 1;
        if (!(df > 0)) {
            throw new dev.csimodel.CsiDataException("the regression of construct '" + names.get(y) + "' has "
                    + (k + 1) + " parameters but only " + n + " observations");
        }
        // A perfect fit (R² = 1) may give 1 − R² slightly below zero by rounding: the residual
        // variance is then 0, not NaN. An R² clearly above 1 (inadmissible consistent PLS, reported
        // by its diagnostics) keeps an undefined standard error.
        double residual = 1 - r2;
        double sigma2 = (residual < 0 && residual > -PERFECT_FIT_ROUNDING ? 0.0 : residual) / df;
        // Beyond LARGE_DF the t distribution equals the normal to ~1/df, and commons-math's
        // incomplete beta function fails for very large df (e.g. weights summing to 1e150).
        AbstractRealDistribution t = df > LARGE_DF ? new NormalDistribution(null, 0, 1) : new TDistribution(null, df);
        List<Coefficient> coefs = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            double b = beta.get(a, 0);
            coefs.add(indefinite ? Coefficient.withoutInference(names.get(predictors[a]), b)
                    : coefficient(names.get(predictors[a]), b, Math.sqrt(sigma2 * inv.get(a, a)), t));
        }
        Coefficient intercept = indefinite ? Coefficient.withoutInference("(Intercept)", 0.0)
                : coefficient("(Intercept)", 0.0, Math.sqrt(sigma2), t);
        double adj = 1 - (1 - r2) * (n - 1) / df;
        return new RegressionSummary(names.get(y), intercept, coefs, r2, adj, df);
    }

    private static CsiEstimationException collinear(DMatrixRMaj rpp, String y, List<String> predictors) {
        List<String> set = List.of();
        try {
            set = Collinearity.collinearSet(rpp, predictors, Collinearity.EXACT);
        } catch (CsiEstimationException e) {
            // not finite: name all predictors
        }
        return new CsiEstimationException("the predictors of construct '" + y + "' are perfectly collinear: "
                + (set.isEmpty() ? predictors : set) + "; drop one of them or merge them into one construct");
    }

    private static Coefficient coefficient(String name, double b, double se, AbstractRealDistribution t) {
        if (se == 0) {
            // Exact fit: a non-zero coefficient is infinitely significant, a zero one not at all.
            return b == 0 ? new Coefficient(name, b, se, 0.0, 1.0)
                    : new Coefficient(name, b, se, Math.copySign(Double.POSITIVE_INFINITY, b), 0.0);
        }
        double tv = b / se;
        double p = 2 * t.cumulativeProbability(-Math.abs(tv));
        return new Coefficient(name, b, se, tv, p);
    }

    private static List<String> names(int[] idx, List<String> names) {
        List<String> out = new ArrayList<>();
        for (int i : idx) {
            out.add(names.get(i));
        }
        return out;
    }

    /** Total effects {@code (I − B)⁻¹ − I} of the path matrix {@code b} (b[to][from]). */
    static DMatrixRMaj totalEffects(DMatrixRMaj b) {
        int j = b.numRows;
        DMatrixRMaj iMinusB = CommonOps_DDRM.identity(j);
        CommonOps_DDRM.subtractEquals(iMinusB, b);
        DMatrixRMaj inv = new DMatrixRMaj(j, j);
        if (!CommonOps_DDRM.invert(iMinusB, inv)) {
            throw new CsiEstimationException("the structural model is not recursive");
        }
        CommonOps_DDRM.subtractEquals(inv, CommonOps_DDRM.identity(j));
        return inv;
    }

    /** Ordered pairs (from, to), model order, where {@code to} can be reached from {@code from}. */
    static List<int[]> linkedPairs(dev.csimodel.spec.BlockStructure blocks) {
        int j = blocks.constructCount();
        List<int[]> out = new ArrayList<>();
        for (int from = 0; from < j; from++) {
            boolean[] seen = new boolean[j];
            visit(blocks, from, seen);
            for (int to = 0; to < j; to++) {
                if (seen[to] && to != from) {
                    out.add(new int[]{from, to});
                }
            }
        }
        return out;
    }

    private static void visit(dev.csimodel.spec.BlockStructure blocks, int k, boolean[] seen) {
        for (int next : blocks.successors(k)) {
            if (!seen[next]) {
                seen[next] = true;
                visit(blocks, next, seen);
            }
        }
    }
}
