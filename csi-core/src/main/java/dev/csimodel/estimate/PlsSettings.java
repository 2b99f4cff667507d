package dev.csimodel.estimate;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.Map;

/**
 * Settings of a PLS path-model estimation. Immutable; change one setting with a wither:
 * {@code PlsSettings.defaults().withScheme(InnerScheme.CENTROID)}.
 *
 * @param scheme              inner weighting scheme (default path)
 * @param scaling             standardised (default) or centred indicators
 * @param tolerance           the iteration stops when Σ(|w_old| − |w_new|)² falls below it,
 *                            plspm's criterion (default 1e-9)
 * @param maxIterations       the iteration gives up after this many updates (default 300)
 * @param startWeights        starting outer weight per indicator; an indicator not listed
 *                            starts at 1 (the default: all ones, as plspm and seminr)
 * @param failOnNonConvergence throw {@link dev.csimodel.CsiEstimationException} instead of
 *                            reporting non-convergence in the result (default false)
 * @param consistent          apply consistent PLS (PLSc, Dijkstra and Henseler 2015) to the
 *                            constructs declared {@link dev.csimodel.spec.ConstructType#COMMON_FACTOR}:
 *                            their correlations and loadings are corrected for measurement error
 *                            with ρA before the structural regressions (default false). The model
 *                            must declare at least one common factor.
 */
public record PlsSettings(InnerScheme scheme, Scaling scaling, double tolerance, int maxIterations,
                          Map<String, Double> startWeights, boolean failOnNonConvergence,
                          boolean consistent) {

    private static final PlsSettings DEFAULTS =
            new PlsSettings(InnerScheme.PATH, Scaling.STANDARDISED, 1e-9, 300, Map.of(), false, false);

    /**
     * Checks the components (tolerance positive and finite, at least one iteration, finite start weights) and
     * copies the start weights.
     * @param scheme inner weighting scheme (default path)
     * @param scaling standardised (default) or centred indicators
     * @param tolerance the iteration stops when Σ(|w_old| − |w_new|)² falls below it,
     * plspm's criterion (default 1e-9)
     * @param maxIterations the iteration gives up after this many updates (default 300)
     * @param startWeights starting outer weight per indicator; an indicator not listed
     * starts at 1 (the default: all ones, as plspm and seminr)
     * @param failOnNonConvergence throw {@link dev.csimodel.CsiEstimationException} instead of
     * reporting non-convergence in the result (default false)
     * @param consistent apply consistent PLS (PLSc, Dijkstra and Henseler 2015) to the
     * constructs declared {@link dev.csimodel.spec.ConstructType#COMMON_FACTOR}:
     * their correlations and loadings are corrected for measurement error
     * with ρA before the structural regressions (default false). The model
     * must declare at least one common factor.
     */
    public PlsSettings {
        Arguments.requireNonNull(scheme, "scheme");
        Arguments.requireNonNull(scaling, "scaling");
        Arguments.requireNonNull(startWeights, "startWeights");
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new CsiSpecificationException("tolerance must be positive and finite, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new CsiSpecificationException("maxIterations must be at least 1, got " + maxIterations);
        }
        startWeights = Map.copyOf(startWeights);
        startWeights.forEach((k, v) -> {
            if (!Double.isFinite(v)) {
                throw new CsiSpecificationException("start weight of indicator '" + k + "' is not finite");
            }
        });
    }

    /** @return the defaults: path scheme, standardised, tolerance 1e-9, 300 iterations, plain (not consistent) PLS */
    public static PlsSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with {@code scheme} replaced.
     * @param value the new {@code scheme}: inner weighting scheme (default path)
     * @return the new settings
     */
    public PlsSettings withScheme(InnerScheme value) {
        return new PlsSettings(value, scaling, tolerance, maxIterations, startWeights, failOnNonConvergence, consistent);
    }

    /**
     * Returns a copy with {@code scaling} replaced.
     * @param value the new {@code scaling}: standardised (default) or centred indicators
     * @return the new settings
     */
    public PlsSettings withScaling(Scaling value) {
        return new PlsSettings(scheme, value, tolerance, maxIterations, startWeights, failOnNonConvergence, consistent);
    }

    /**
     * Returns a copy with {@code tolerance} replaced.
     * @param value the new {@code tolerance}: the iteration stops when Σ(|w_old| − |w_new|)² falls below it,
     * plspm's criterion (default 1e-9)
     * @return the new settings
     */
    public PlsSettings withTolerance(double value) {
        return new PlsSettings(scheme, scaling, value, maxIterations, startWeights, failOnNonConvergence, consistent);
    }

    /**
     * Returns a copy with {@code maxIterations} replaced.
     * @param value the new {@code maxIterations}: the iteration gives up after this many updates (default 300)
     * @return the new settings
     */
    public PlsSettings withMaxIterations(int value) {
        return new PlsSettings(scheme, scaling, tolerance, value, startWeights, failOnNonConvergence, consistent);
    }

    /**
     * Returns a copy with {@code startWeights} replaced.
     * @param value the new {@code startWeights}: starting outer weight per indicator; an indicator not listed
     * starts at 1 (the default: all ones, as plspm and seminr)
     * @return the new settings
     */
    public PlsSettings withStartWeights(Map<String, Double> value) {
        return new PlsSettings(scheme, scaling, tolerance, maxIterations, value, failOnNonConvergence, consistent);
    }

    /**
     * Returns a copy with {@code failOnNonConvergence} replaced.
     * @param value the new {@code failOnNonConvergence}: throw {@link dev.csimodel.CsiEstimationException} instead of
     * reporting non-convergence in the result (default false)
     * @return the new settings
     */
    public PlsSettings withFailOnNonConvergence(boolean value) {
        return new PlsSettings(scheme, scaling, tolerance, maxIterations, startWeights, value, consistent);
    }

    /**
     * @return these settings with consistent PLS switched on or off
     * @param value true to apply consistent PLS (PLSc) to the common-factor constructs
     */
    public PlsSettings withConsistent(boolean value) {
        return new PlsSettings(scheme, scaling, tolerance, maxIterations, startWeights, failOnNonConvergence, value);
    }
}
