package dev.csimodel.segmentation.fimix;

import java.util.Optional;

/**
 * One start of the FIMIX-PLS EM algorithm (Hahn et al. 2002; Sarstedt et al. 2011, eqs. 1-6)
 * from a given posterior matrix. For a recursive structural model the density of row i in
 * segment k factorises over the endogenous equations j (diagonal Ψ_k, unit-diagonal triangular
 * B_k so det B_k = 1): f_ik = Π_j N(y_ij; x_ij'β_kj, σ²_kj).
 * <ul>
 * <li>M-step: ρ_k = mean_i p_ik; β_kj weighted least squares with weights p_ik;
 * σ²_kj = Σ_i p_ik r²_ijk / Σ_i p_ik.</li>
 * <li>E-step, in logs: l_ik = ln ρ_k + Σ_j ln N(...); lnL = Σ_i LSE_k(l_ik) with the
 * log-sum-exp LSE; p_ik = exp(l_ik − LSE_k(l_ik)).</li>
 * </ul>
 * It stops when |ΔlnL| / |lnL| falls below the tolerance or after the iteration limit. A start
 * is degenerate (empty result) when a segment's ρ_k or its hard-assigned rows fall below the
 * minimum, a variance collapses or a weighted normal matrix is singular.
 */
final class MixtureEm {

    /** Variances below this share of the pooled variance count as collapsed. */
    private static final double VARIANCE_FLOOR = 1e-8;

    private final StructuralData data;
    private final int segments;
    private final int maxIterations;
    private final double tolerance;
    private final double minShare;
    private final int minRows;

    MixtureEm(StructuralData data, int segments, FimixSettings settings, int minRows) {
        this.data = data;
        this.segments = segments;
        this.maxIterations = settings.maxIterations();
        this.tolerance = settings.tolerance();
        this.minShare = settings.minimumSegmentShare();
        this.minRows = minRows;
    }

    /**
     * @param posterior the starting n × K posterior matrix (overwritten)
     * @return the converged (or iteration-limited) mixture, or empty if the start degenerated
     */
    Optional<MixtureState> run(double[][] posterior) {
        double previous = Double.NEGATIVE_INFINITY;
        for (int t = 1; t <= maxIterations; t++) {
            Optional<MixtureParameters> m = maximise(posterior);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            double lnL = expect(m.get(), posterior);
            if (!Double.isFinite(lnL)) {
                return Optional.empty();
            }
            boolean converged = Math.abs(lnL - previous) / Math.abs(previous) < tolerance || segments == 1;
            if (converged || t == maxIterations) {
                return enoughRows(posterior)
                        ? Optional.of(new MixtureState(m.get(), posterior, lnL, t, converged))
                        : Optional.empty();
            }
            previous = lnL;
        }
        throw new AssertionError("unreachable: the loop returns at its last iteration");
    }

    /** The M-step; empty if a segment shrank below the minimum share or a regression failed. */
    private Optional<MixtureParameters> maximise(double[][] posterior) {
        int n = data.rows;
        double[] rho = new double[segments];
        double[][][] beta = new double[segments][data.equations()][];
        double[][] variance = new double[segments][data.equations()];
        double[] w = new double[n];
        for (int k = 0; k < segments; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = posterior[i][k];
                sum += w[i];
            }
            rho[k] = sum / n;
            if (rho[k] < minShare) {
                return Optional.empty();
            }
            for (int j = 0; j < data.equations(); j++) {
                Optional<double[]> b = WeightedLeastSquares.solve(data.x[j], data.y[j], w);
                if (b.isEmpty()) {
                    return Optional.empty();
                }
                beta[k][j] = b.get();
                variance[k][j] = WeightedLeastSquares.residualVariance(data.x[j], data.y[j], w, beta[k][j], sum);
                if (!(variance[k][j] > VARIANCE_FLOOR)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new MixtureParameters(rho, beta, variance));
    }

    /** The E-step: writes the posteriors into {@code posterior} and returns lnL. */
    private double expect(MixtureParameters m, double[][] posterior) {
        double lnL = 0;
        double[] l = new double[segments];
        for (int i = 0; i < data.rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < segments; k++) {
                l[k] = Math.log(m.rho()[k]) + logDensity(m, k, i);
                max = Math.max(max, l[k]);
            }
            double sum = 0;
            for (int k = 0; k < segments; k++) {
                sum += Math.exp(l[k] - max);
            }
            double lse = max + Math.log(sum);
            lnL += lse;
            for (int k = 0; k < segments; k++) {
                posterior[i][k] = Math.exp(l[k] - lse);
            }
            normalise(posterior[i]);
        }
        return lnL;
    }

    private double logDensity(MixtureParameters m, int k, int i) {
        double s = 0;
        for (int j = 0; j < data.equations(); j++) {
            double[] xi = data.x[j][i];
            double fitted = 0;
            for (int p = 0; p < xi.length; p++) {
                fitted += xi[p] * m.beta()[k][j][p];
            }
            double r = data.y[j][i] - fitted;
            double v = m.variance()[k][j];
            s -= 0.5 * (Math.log(2 * Math.PI * v) + r * r / v);
        }
        return s;
    }

    /** exp rounding can leave a row summing to 1 ± a few ulps; Memberships checks the sum. */
    private static void normalise(double[] row) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        for (int k = 0; k < row.length; k++) {
            row[k] /= sum;
        }
    }

    private boolean enoughRows(double[][] posterior) {
        int[] count = new int[segments];
        for (double[] row : posterior) {
            int best = 0;
            for (int k = 1; k < segments; k++) {
                if (row[k] > row[best]) {
                    best = k;
                }
            }
            count[best]++;
        }
        for (int c : count) {
            if (c < minRows) {
                return false;
            }
        }
        return true;
    }

    /** ρ_k, β_kj (path declaration order within each equation) and σ²_kj of one EM step. */
    record MixtureParameters(double[] rho, double[][][] beta, double[][] variance) {
    }

    /** The final parameters, posteriors, lnL and the diagnostics of one start. */
    record MixtureState(MixtureParameters parameters, double[][] posterior, double logLikelihood, int iterations,
                        boolean converged) {
    }
}
