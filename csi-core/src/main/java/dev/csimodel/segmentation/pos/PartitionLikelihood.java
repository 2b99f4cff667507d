package dev.csimodel.segmentation.pos;

import dev.csimodel.CsiEstimationException;

/**
 * Log-likelihoods of a hard partition under the segment-wise normal regression model of
 * FIMIX-PLS (Hahn, Johnson, Herrmann and Huber 2002), so that PLS-POS solutions for different K
 * can be compared with the same information criteria and parameter count
 * N_K = (K − 1) + K·R + K·Q. The data are the whole sample's composite scores η (one fixed set
 * for every K); the partition's parameters are, in segment k, the no-intercept least-squares
 * coefficients β_bk of each endogenous η_b on its predecessors, σ²_bk = RSS_bk / n_k (the
 * maximum likelihood estimates given the partition) and ρ_k = n_k / n. With
 * f_k(η_i) = Π_b φ(e_ibk; 0, σ²_bk):
 * <ul>
 *   <li>classification: lnL_C = Σ_i ln(ρ_{k(i)} f_{k(i)}(η_i))
 *       = Σ_k [n_k ln ρ_k − (n_k / 2) Σ_b (ln(2π σ²_bk) + 1)];</li>
 *   <li>mixture: lnL_M = Σ_i ln Σ_k ρ_k f_k(η_i), FIMIX's likelihood at the partition's
 *       parameters (always ≥ lnL_C).</li>
 * </ul>
 */
final class PartitionLikelihood {

    private final ModelLayout layout;
    private final double[][] scores;
    private final int[] labels;
    private final int k;
    private final int[] sizes;
    /** [segment][endogenous] coefficients on the predecessors. */
    private final double[][][] beta;
    /** [segment][endogenous] error variance. */
    private final double[][] variance;

    /**
     * @param scores the whole-sample composite scores, n × constructs
     * @param labels the segment of each row
     * @param k the number of segments
     * @throws CsiEstimationException naming the segment and construct if a regression is singular
     *                                or fits perfectly
     */
    PartitionLikelihood(double[][] scores, int[] labels, int k, ModelLayout layout) {
        this.layout = layout;
        this.scores = scores;
        this.labels = labels;
        this.k = k;
        this.sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        int e = layout.endogenous.length;
        beta = new double[k][e][];
        variance = new double[k][e];
        for (int s = 0; s < k; s++) {
            for (int b = 0; b < e; b++) {
                regress(s, b);
            }
        }
    }

    /** @return lnL_C */
    double classification() {
        int n = scores.length;
        double lnL = 0;
        for (int s = 0; s < k; s++) {
            lnL += sizes[s] * Math.log((double) sizes[s] / n);
            for (int b = 0; b < layout.endogenous.length; b++) {
                lnL -= sizes[s] / 2.0 * (Math.log(2 * Math.PI * variance[s][b]) + 1);
            }
        }
        return lnL;
    }

    /** @return lnL_M, each row's sum over segments taken in log space (log-sum-exp) */
    double mixture() {
        int n = scores.length;
        double[] terms = new double[k];
        double lnL = 0;
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                terms[s] = Math.log((double) sizes[s] / n) + logDensity(i, s);
                max = Math.max(max, terms[s]);
            }
            double sum = 0;
            for (int s = 0; s < k; s++) {
                sum += Math.exp(terms[s] - max);
            }
            lnL += max + Math.log(sum);
        }
        return lnL;
    }

    private double logDensity(int i, int s) {
        double[] row = scores[i];
        double d = 0;
        for (int b = 0; b < layout.endogenous.length; b++) {
            int[] pred = layout.predecessors[b];
            double e = row[layout.endogenous[b]];
            for (int q = 0; q < pred.length; q++) {
                e -= beta[s][b][q] * row[pred[q]];
            }
            d -= 0.5 * (Math.log(2 * Math.PI * variance[s][b]) + e * e / variance[s][b]);
        }
        return d;
    }

    private void regress(int s, int b) {
        int[] pred = layout.predecessors[b];
        int y = layout.endogenous[b];
        int q = pred.length;
        double[][] zz = new double[q][q];
        double[] zy = new double[q];
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] != s) {
                continue;
            }
            double[] row = scores[i];
            for (int a = 0; a < q; a++) {
                zy[a] += row[pred[a]] * row[y];
                for (int c = 0; c < q; c++) {
                    zz[a][c] += row[pred[a]] * row[pred[c]];
                }
            }
        }
        double[] coefficients = NormalEquations.solve(zz, zy);
        double rss = coefficients == null ? Double.NaN : residualSumOfSquares(s, b, coefficients);
        if (!(rss > 0)) {
            throw new CsiEstimationException("segment " + (s + 1) + ": the regression of '"
                    + layout.constructNames.get(y) + "' is singular or exact");
        }
        beta[s][b] = coefficients;
        variance[s][b] = rss / sizes[s];
    }

    private double residualSumOfSquares(int s, int b, double[] coefficients) {
        int[] pred = layout.predecessors[b];
        int y = layout.endogenous[b];
        double rss = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] == s) {
                double e = scores[i][y];
                for (int a = 0; a < pred.length; a++) {
                    e -= coefficients[a] * scores[i][pred[a]];
                }
                rss += e * e;
            }
        }
        return rss;
    }
}
