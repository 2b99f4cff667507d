package dev.csimodel.gsca;

import dev.csimodel.CsiSpecificationException;

/**
 * Settings of a GSCA estimation. Immutable; change one with a wither:
 * {@code GscaSettings.defaults().withTolerance(1e-8)}.
 *
 * @param tolerance            the alternating least squares stop when no weight changes by
 *                             more than this between two sweeps (cSEM's {@code diff_absolute};
 *                             default 1e-10)
 * @param maxIterations        the iteration gives up after this many sweeps (default 1000)
 * @param failOnNonConvergence throw {@link dev.csimodel.CsiEstimationException} instead of
 *                             reporting non-convergence in the result (default false)
 */
public record GscaSettings(double tolerance, int maxIterations, boolean failOnNonConvergence) {

    private static final GscaSettings DEFAULTS = new GscaSettings(1e-10, 1000, false);

    /**
     * Checks that the tolerance is positive and finite and that at least one iteration is allowed.
     * @param tolerance the alternating least squares stop when no weight changes by
     * more than this between two sweeps (cSEM's {@code diff_absolute};
     * default 1e-10)
     * @param maxIterations the iteration gives up after this many sweeps (default 1000)
     * @param failOnNonConvergence throw {@link dev.csimodel.CsiEstimationException} instead of
     * reporting non-convergence in the result (default false)
     */
    public GscaSettings {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new CsiSpecificationException("tolerance must be positive and finite, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new CsiSpecificationException("maxIterations must be at least 1, got " + maxIterations);
        }
    }

    /** @return tolerance 1e-10, at most 1000 sweeps, non-convergence reported in the result */
    public static GscaSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with {@code tolerance} replaced.
     * @param value the new {@code tolerance}: the alternating least squares stop when no weight changes by
     * more than this between two sweeps (cSEM's {@code diff_absolute};
     * default 1e-10)
     * @return the new settings
     */
    public GscaSettings withTolerance(double value) {
        return new GscaSettings(value, maxIterations, failOnNonConvergence);
    }

    /**
     * Returns a copy with {@code maxIterations} replaced.
     * @param value the new {@code maxIterations}: the iteration gives up after this many sweeps (default 1000)
     * @return the new settings
     */
    public GscaSettings withMaxIterations(int value) {
        return new GscaSettings(tolerance, value, failOnNonConvergence);
    }

    /**
     * Returns a copy with {@code failOnNonConvergence} replaced.
     * @param value the new {@code failOnNonConvergence}: throw {@link dev.csimodel.CsiEstimationException} instead of
     * reporting non-convergence in the result (default false)
     * @return the new settings
     */
    public GscaSettings withFailOnNonConvergence(boolean value) {
        return new GscaSettings(tolerance, maxIterations, value);
    }
}
