package dev.csimodel.segmentation.pos;

import dev.csimodel.CsiEstimationException;

/**
 * The classification log-likelihood of a hard partition under the segment-wise normal
 * regression model of FIMIX-PLS (Hahn, Johnson, Herrmann and Huber 2002), so that PLS-POS
 * solutions for different K can be compared with the same information criteria and parameter
 * count N_K = (K − 1) + K·R + K·Q: the whole sample's composite scores η (one fixed set of data
 * for every K), in segment k each endogenous η_b regressed without intercept on its predecessors
 * by least squares (coefficients β_bk, error variance σ²_bk = RSS_bk / n_k, the maximum
 * likelihood estimates), and the segment shares ρ_k = n_k / n:
 * lnL = Σ_k [n_k ln ρ_k − (n_k / 2) Σ_b (ln(2π σ²_bk) + 1)].
 */
final class ClassificationLikelihood {

    private ClassificationLikelihood() {
    }

    /**
     * @param scores the whole-sample composite scores, n × constructs
     * @param labels the segment of each row
     * @param k the number of segments
     * @return lnL
     * @throws CsiEstimationException naming the segment and construct if a regression is singular
     *                                or fits perfectly
     */
    static double of(double[][] scores, int[] labels, int k, ModelLayout layout) {
        int n = scores.length;
        double lnL = 0;
        for (int s = 0; s < k; s++) {
            int size = 0;
            for (int label : labels) {
                if (label == s) {
                    size++;
                }
            }
            lnL += size * Math.log((double) size / n);
            for (int b = 0; b < layout.endogenous.length; b++) {
                double variance = residualVariance(scores, labels, s, layout, b) / size;
                if (!(variance > 0)) {
                    throw new CsiEstimationException("segment " + (s + 1) + ": the regression of '"
                            + layout.constructNames.get(layout.endogenous[b]) + "' is singular or exact");
                }
                lnL -= size / 2.0 * (Math.log(2 * Math.PI * variance) + 1);
            }
        }
        return lnL;
    }

    /** @return the residual sum of squares of endogenous construct b in segment s */
    private static double residualVariance(double[][] scores, int[] labels, int s, ModelLayout layout, int b) {
        int[] pred = layout.predecessors[b];
        int y = layout.endogenous[b];
        int q = pred.length;
        double[][] zz = new double[q][q];
        double[] zy = new double[q];
        double yy = 0;
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
            yy += row[y] * row[y];
        }
        double[] beta = NormalEquations.solve(zz, zy);
        if (beta == null) {
            return Double.NaN;
        }
        double explained = 0;
        for (int a = 0; a < q; a++) {
            explained += beta[a] * zy[a];
        }
        return yy - explained;
    }
}
