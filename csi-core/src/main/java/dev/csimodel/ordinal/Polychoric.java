package dev.csimodel.ordinal;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Two-step polychoric correlation (Olsson 1979, "Maximum likelihood estimation of the
 * polychoric correlation coefficient", Psychometrika 44(4)): with the thresholds a (rows) and b
 * (columns) fixed at their marginal estimates, ρ maximises the multinomial log-likelihood of the
 * r × c contingency table n,
 * <pre>  ℓ(ρ) = Σ_ij n_ij log P_ij(ρ),
 *   P_ij = Φ₂(a_i, b_j; ρ) − Φ₂(a_{i−1}, b_j; ρ) − Φ₂(a_i, b_{j−1}; ρ) + Φ₂(a_{i−1}, b_{j−1}; ρ)</pre>
 * (Olsson 1979, eqs. 2–4), by Brent's method on (−0.9999, 0.9999), the interval of R polycor's
 * {@code polychor(ML = FALSE)}, to {@link #TOLERANCE}. Empty cells contribute nothing.
 */
final class Polychoric {

    /** The bound of |ρ|, as polycor's {@code maxcor}. */
    static final double MAX_CORRELATION = 0.9999;
    /** Absolute and relative tolerance of the maximiser on ρ. */
    static final double TOLERANCE = 1e-12;
    /**
     * Log-likelihood of a table that has counts in a cell of probability zero (reachable only
     * near ρ = ±0.9999): finite, so that Brent's parabolic steps stay defined; R's
     * {@code optimise} likewise replaces −∞ by the largest double.
     */
    private static final double IMPOSSIBLE = -1e300;

    private Polychoric() {
    }

    /** The estimate, the log-likelihood at it and how many evaluations it took. */
    record Estimate(double rho, double logLikelihood, int evaluations, boolean atBound) {
    }

    /**
     * Relative margin within which the log-likelihood at the bound counts as equal to the
     * maximum: the table then does not identify ρ (e.g. an empty corner consistent with the
     * thresholds), and any value between the estimate and the bound fits as well.
     */
    static final double FLAT = 1e-9;

    /**
     * @return the r × c table of the category codes (0-based) of two indicators
     */
    static int[][] table(int[] x, int[] y, int rows, int columns) {
        int[][] n = new int[rows][columns];
        for (int i = 0; i < x.length; i++) {
            n[x[i]][y[i]]++;
        }
        return n;
    }

    /**
     * @param n        the contingency table
     * @param rowCuts  −∞, the row thresholds, +∞ (r + 1 values)
     * @param colCuts  −∞, the column thresholds, +∞ (c + 1 values)
     * @return the two-step estimate
     */
    static Estimate estimate(int[][] n, double[] rowCuts, double[] colCuts) {
        BrentOptimizer brent = new BrentOptimizer(TOLERANCE, TOLERANCE);
        Grid grid = new Grid(rowCuts, colCuts);
        UnivariatePointValuePair best = brent.optimize(new MaxEval(10_000),
                new UnivariateObjectiveFunction(rho -> grid.logLikelihood(n, rho)),
                GoalType.MAXIMIZE, new SearchInterval(-MAX_CORRELATION, MAX_CORRELATION, 0));
        double bound = Math.copySign(MAX_CORRELATION, best.getPoint());
        boolean flat = grid.logLikelihood(n, bound) >= best.getValue() - FLAT * Math.max(1, Math.abs(best.getValue()));
        return new Estimate(best.getPoint(), best.getValue(), brent.getEvaluations(), flat);
    }

    /**
     * @return ℓ(ρ) of table {@code n} with the given cut points
     */
    static double logLikelihood(int[][] n, double[] rowCuts, double[] colCuts, double rho) {
        return new Grid(rowCuts, colCuts).logLikelihood(n, rho);
    }

    /**
     * The lower-orthant probabilities {@code F_ij = Φ₂(a_i, b_j; ρ)} at all cut points; the
     * margins Φ(a_i), Φ(b_j) do not depend on ρ and are computed once.
     */
    private static final class Grid {
        private final double[] a;
        private final double[] b;
        private final double[] phiA;
        private final double[] phiB;
        private final double[][] f;

        Grid(double[] a, double[] b) {
            this.a = a;
            this.b = b;
            this.phiA = margins(a);
            this.phiB = margins(b);
            this.f = new double[a.length][b.length];
        }

        private static double[] margins(double[] cuts) {
            double[] out = new double[cuts.length];
            for (int i = 0; i < cuts.length; i++) {
                out[i] = BivariateNormal.phi(cuts[i]);
            }
            return out;
        }

        double logLikelihood(int[][] n, double rho) {
            fill(rho);
            double sum = 0;
            for (int i = 0; i < n.length; i++) {
                for (int j = 0; j < n[i].length; j++) {
                    if (n[i][j] == 0) {
                        continue;
                    }
                    double p = f[i + 1][j + 1] - f[i][j + 1] - f[i + 1][j] + f[i][j];
                    if (!(p > 0)) {
                        return IMPOSSIBLE;
                    }
                    sum += n[i][j] * Math.log(p);
                }
            }
            return sum;
        }

        /** Row 0 and column 0 (−∞) stay 0; the last row and column (+∞) are the margins. */
        private void fill(double rho) {
            int last = a.length - 1;
            int lastB = b.length - 1;
            for (int j = 1; j <= lastB; j++) {
                f[last][j] = phiB[j];
            }
            for (int i = 1; i < last; i++) {
                f[i][lastB] = phiA[i];
                for (int j = 1; j < lastB; j++) {
                    f[i][j] = BivariateNormal.lower(a[i], b[j], rho, phiA[i], phiB[j]);
                }
            }
        }
    }
}
