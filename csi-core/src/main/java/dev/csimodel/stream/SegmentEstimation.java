package dev.csimodel.stream;

import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates a model on the accumulated moments of one segment, turning a segment that cannot
 * be estimated into a reported {@link SegmentResult#failed failure} instead of an exception.
 */
public final class SegmentEstimation {

    private SegmentEstimation() {
    }

    /**
     * The fewest rows a segment needs. The largest least-squares regression of the model has k
     * predictors (the most predecessors of an endogenous construct, or the most indicators of
     * a Mode B block) and k + 1 parameters with the intercept; its residual variance needs
     * n − k − 1 ≥ 1 degrees of freedom beyond those, so a segment with n ≤ (k + 1) + 1 rows is
     * reported as too small.
     *
     * @return k + 3
     * @param model the path model
     */
    public static long minimumRows(PathModel model) {
        int k = 1;
        for (Construct c : model.constructs()) {
            k = Math.max(k, model.predecessors(c.name()).size());
            if (c.mode() == OuterMode.B) {
                k = Math.max(k, c.size());
            }
        }
        return k + 3L;
    }

    /**
     * Estimates {@code model} on one segment's moments.
     *
     * @return the result, or a failure naming the reason (too few rows, or the message of the
     *         {@link CsiException} the estimation raised)
     * @throws CsiSpecificationException if the accumulator lacks an indicator of the model
     *                                   (a mistake for all segments, not a property of one)
     * @param <K> the segment key's type
     * @param model the path model
     * @param estimator the PLS estimator
     * @param segment the segment's key, copied into the result
     * @param moments the segment's accumulated rows
     */
    public static <K> SegmentResult<K> estimate(PathModel model, PlsEstimator estimator, K segment,
                                                MomentAccumulator moments) {
        requireIndicators(model, moments);
        long n = moments.rowCount();
        double w = moments.totalWeight();
        long minimum = minimumRows(model);
        if (n < minimum) {
            return SegmentResult.failed(segment, n, w, "too few rows: " + n + " < " + minimum
                    + " (the largest regression of the model needs " + minimum + ")");
        }
        try {
            return SegmentResult.estimated(segment, n, w, estimator.estimate(model, moments.toMoments()));
        } catch (CsiException e) {
            return SegmentResult.failed(segment, n, w, e.getMessage());
        }
    }

    static void requireIndicators(PathModel model, MomentAccumulator moments) {
        List<String> missing = new ArrayList<>(model.indicators());
        missing.removeAll(moments.columns());
        if (!missing.isEmpty()) {
            throw new CsiSpecificationException("the accumulated columns " + moments.columns()
                    + " lack the indicator(s) " + missing + " of the model");
        }
    }
}
