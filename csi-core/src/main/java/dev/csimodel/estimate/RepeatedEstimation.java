package dev.csimodel.estimate;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.Convergence;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;

import java.util.List;

/**
 * The outer weights of one model estimated again and again from different moment matrices, as a
 * bootstrap does: the steps of {@link PlsEstimator} between the working matrix and the final
 * weights (sample-size check, outer iteration, orientation of each block), with the iteration's
 * work matrices allocated once and reused and no result object built. For the same working
 * matrix and observation count the weights are bit-identical to those of
 * {@code PlsEstimator.estimate(model, moments)}, and the same inputs fail with the same exception
 * types.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class RepeatedEstimation {

    private final BlockStructure blocks;
    private final PlsSettings settings;
    private final OuterIteration iteration;
    private final double[] start;
    private final DMatrixRMaj working;

    /**
     * @param model    the model to estimate
     * @param settings the settings of the estimates (their start weights must name indicators
     *                 of the model)
     * @throws CsiSpecificationException if an argument is null or a start weight names no indicator
     */
    public RepeatedEstimation(PathModel model, PlsSettings settings) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(settings, "settings");
        this.blocks = model.blocks();
        this.settings = settings;
        this.iteration = new OuterIteration(blocks, settings.scheme());
        this.start = startWeights(model, settings);
        int p = blocks.indicatorCount();
        this.working = new DMatrixRMaj(p, p);
    }

    /**
     * Estimates the outer weights from one working matrix: the indicators' correlation matrix
     * under {@link Scaling#STANDARDISED}, their population covariance matrix under
     * {@link Scaling#CENTRED}, in the model's block order.
     *
     * @param matrix       the p x p working matrix, row-major; read, not modified or kept
     * @param observations the number of observations n (sum of weights for weighted data)
     * @param weights      receives the p final outer weights in block order, each block
     *                     normalised to unit composite variance and oriented as by
     *                     {@link PlsEstimator}
     * @return how the iteration ended
     * @throws CsiDataException         if n is too small for the model's regressions or Mode B blocks
     * @throws CsiEstimationException   if the iteration fails (singular Mode B block, collinear
     *                                  predictors, a composite without variance), or does not
     *                                  converge and the settings make that an error
     * @throws CsiSpecificationException if an array is null or of the wrong length
     */
    public Convergence weights(double[] matrix, double observations, double[] weights) {
        Arguments.requireNonNull(matrix, "matrix");
        Arguments.requireNonNull(weights, "weights");
        int p = blocks.indicatorCount();
        if (matrix.length != p * p || weights.length != p) {
            throw new CsiSpecificationException("a model of " + p + " indicators needs a " + p + " x " + p
                    + " matrix and " + p + " weights, got " + matrix.length + " and " + weights.length + " values");
        }
        SampleSizeCheck.run(blocks, observations);
        System.arraycopy(matrix, 0, working.data, 0, p * p);
        Convergence c = iteration.run(working, observations, start, settings.tolerance(), settings.maxIterations(),
                weights);
        if (!c.converged() && settings.failOnNonConvergence()) {
            throw new CsiEstimationException("the PLS iteration did not converge in " + c.iterations()
                    + " iterations (last change " + c.finalChange() + ", tolerance " + settings.tolerance() + ")");
        }
        PlsEstimator.orient(blocks, working, weights);
        return c;
    }

    /** The start weights as {@link PlsEstimator} takes them: 1 unless the settings name the indicator. */
    private static double[] startWeights(PathModel model, PlsSettings settings) {
        List<String> indicators = model.indicators();
        for (String k : settings.startWeights().keySet()) {
            if (!indicators.contains(k)) {
                throw new CsiSpecificationException("start weight given for '" + k
                        + "', which is not an indicator of the model");
            }
        }
        double[] out = new double[indicators.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = settings.startWeights().getOrDefault(indicators.get(i), 1.0);
        }
        return out;
    }
}
