package dev.csimodel.segmentation.pos;

/**
 * One segment's PLS model as the hill climb needs it: the segment's indicator means and standard
 * deviations, its outer weights, its structural coefficients and the R² of every endogenous
 * construct. The structural part is the ordinary least-squares regression of each endogenous
 * composite on its predecessors, solved from the composites' correlation matrix C = W'SW
 * (S the working matrix, each composite scaled to unit variance), which is how
 * {@link dev.csimodel.estimate.PlsEstimator} obtains paths and R² from the same weights.
 * Immutable once built.
 */
final class SegmentFit {

    private final ModelLayout layout;
    private final boolean standardised;
    private final double[] means;
    private final double[] sds;
    private final double[] weights;
    /** For each endogenous construct, its coefficients on {@link ModelLayout#predecessors}. */
    private final double[][] paths;
    private final double[] rSquared;
    private final double rSquaredSum;

    SegmentFit(ModelLayout layout, boolean standardised, double[] means, double[] sds, double[] weights,
               double[][] paths, double[] rSquared) {
        this.layout = layout;
        this.standardised = standardised;
        this.means = means;
        this.sds = sds;
        this.weights = weights;
        this.paths = paths;
        this.rSquared = rSquared;
        double s = 0;
        for (double r : rSquared) {
            s += r;
        }
        this.rSquaredSum = s;
    }

    /** @return Σ_b R²_b over the endogenous constructs, this segment's share of the objective */
    double rSquaredSum() {
        return rSquaredSum;
    }

    /**
     * The composite scores of one (centred) row under this segment's model: its indicators
     * standardised by the segment's means and SDs (centred only under centred scaling) and
     * weighted by the segment's outer weights.
     */
    void scores(double[] row, double[] out) {
        for (int k = 0; k < layout.constructs; k++) {
            double s = 0;
            for (int j = layout.blockStart[k]; j < layout.blockEnd[k]; j++) {
                double z = row[j] - means[j];
                s += weights[j] * (standardised ? z / sds[j] : z);
            }
            out[k] = s;
        }
    }

    /**
     * @param scores the composite scores of a row under this segment's model
     * @param b the endogenous construct, as an index into {@link ModelLayout#endogenous}
     * @return the structural residual of construct {@code b} for that row
     */
    double residual(double[] scores, int b) {
        int[] pred = layout.predecessors[b];
        double fitted = 0;
        for (int q = 0; q < pred.length; q++) {
            fitted += paths[b][q] * scores[pred[q]];
        }
        return scores[layout.endogenous[b]] - fitted;
    }

    /**
     * @param b the endogenous construct, as an index into {@link ModelLayout#endogenous}
     * @param q the predecessor, as an index into its {@link ModelLayout#predecessors} row
     * @return the path coefficient
     */
    double path(int b, int q) {
        return paths[b][q];
    }

    /** @param b the endogenous construct, as an index into {@link ModelLayout#endogenous} */
    double rSquared(int b) {
        return rSquared[b];
    }
}
