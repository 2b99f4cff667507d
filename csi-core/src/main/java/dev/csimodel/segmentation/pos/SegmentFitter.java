package dev.csimodel.segmentation.pos;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.RepeatedEstimation;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.spec.PathModel;

/**
 * Estimates a segment's PLS model from its running sums: the working matrix (O(p²)), the outer
 * iteration on it ({@link RepeatedEstimation}, O(p²) per iteration and independent of the
 * segment's row count) and the structural regressions on the composites' correlations. So one
 * trial move of the hill climb, which re-estimates the two segments it touches, costs
 * O(p² · iterations) rather than the O(n·p²) of estimating from the rows. Not thread-safe: one
 * per thread.
 */
final class SegmentFitter {

    private final ModelLayout layout;
    private final RepeatedEstimation estimation;
    private final boolean standardised;
    private final double[] minimumVariance;
    private final double[] matrix;

    /**
     * @param minimumVariance per indicator, the variance at or below which a segment's indicator
     *                        counts as constant (then the segment cannot be estimated)
     */
    SegmentFitter(PathModel model, ModelLayout layout, PlsSettings settings, double[] minimumVariance) {
        this.layout = layout;
        this.estimation = new RepeatedEstimation(model, settings);
        this.standardised = settings.scaling() == Scaling.STANDARDISED;
        this.minimumVariance = minimumVariance;
        this.matrix = new double[layout.indicators * layout.indicators];
    }

    /**
     * @return the segment's fit, or null if it cannot be estimated (too few rows for the model,
     *         a constant indicator, a singular block or collinear predictors)
     */
    SegmentFit fit(SegmentSums sums) {
        int p = layout.indicators;
        double[] means = new double[p];
        double[] sds = new double[p];
        if (!sums.workingMatrix(standardised, minimumVariance, means, sds, matrix)) {
            return null;
        }
        double[] weights = new double[p];
        try {
            estimation.weights(matrix, sums.count(), weights);
        } catch (CsiEstimationException | CsiDataException e) {
            return null;
        }
        double[][] c = compositeCorrelations(weights);
        double[][] paths = new double[layout.endogenous.length][];
        double[] r2 = new double[layout.endogenous.length];
        for (int b = 0; b < paths.length; b++) {
            paths[b] = regress(c, b);
            if (paths[b] == null) {
                return null;
            }
            r2[b] = explained(c, b, paths[b]);
        }
        return new SegmentFit(layout, standardised, means, sds, weights, paths, r2);
    }

    /** C_kl = w_k' S_kl w_l for the blocks k, l. */
    private double[][] compositeCorrelations(double[] w) {
        int p = layout.indicators;
        int j = layout.constructs;
        double[][] c = new double[j][j];
        for (int k = 0; k < j; k++) {
            for (int l = k; l < j; l++) {
                double s = 0;
                for (int a = layout.blockStart[k]; a < layout.blockEnd[k]; a++) {
                    double inner = 0;
                    for (int d = layout.blockStart[l]; d < layout.blockEnd[l]; d++) {
                        inner += matrix[a * p + d] * w[d];
                    }
                    s += w[a] * inner;
                }
                c[k][l] = s;
                c[l][k] = s;
            }
        }
        return c;
    }

    private double[] regress(double[][] c, int b) {
        int[] pred = layout.predecessors[b];
        int y = layout.endogenous[b];
        double[][] a = new double[pred.length][pred.length];
        double[] rhs = new double[pred.length];
        for (int i = 0; i < pred.length; i++) {
            for (int k = 0; k < pred.length; k++) {
                a[i][k] = c[pred[i]][pred[k]];
            }
            rhs[i] = c[pred[i]][y];
        }
        return NormalEquations.solve(a, rhs);
    }

    /** R² = c_xy'β / c_yy (c_yy is 1 up to rounding: unit-variance composites). */
    private double explained(double[][] c, int b, double[] beta) {
        int[] pred = layout.predecessors[b];
        int y = layout.endogenous[b];
        double s = 0;
        for (int i = 0; i < pred.length; i++) {
            s += beta[i] * c[pred[i]][y];
        }
        return s / c[y][y];
    }
}
