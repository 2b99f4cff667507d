package dev.csimodel.segmentation.fimix;

import dev.csimodel.CsiSpecificationException;

/**
 * Settings of a FIMIX-PLS run. Immutable; change one with a wither:
 * {@code FimixSettings.defaults().withMaxSegments(4).withSeed(7)}.
 *
 * @param maxSegments          Kmax: solutions are computed for K = 1..Kmax (default 5)
 * @param starts               random starts of the EM algorithm per K ≥ 2, the best lnL kept
 *                             (default 10; K = 1 has a closed form and needs one)
 * @param maxIterations        EM iterations per start at most (default 5000)
 * @param tolerance            a start has converged when the relative change of lnL,
 *                             |lnL_t − lnL_{t−1}| / |lnL_{t−1}|, falls below this (default 1e-10)
 * @param seed                 the seed every start's random numbers derive from (default 1)
 * @param threads              threads running the starts; the result is the same for every count
 *                             (default 1)
 * @param minimumSegmentShare  a start whose segment falls below this share of the rows (mixing
 *                             proportion or hard-assigned rows) is degenerate and discarded
 *                             (default 0.05)
 */
public record FimixSettings(int maxSegments, int starts, int maxIterations, double tolerance, long seed,
                            int threads, double minimumSegmentShare) {

    private static final FimixSettings DEFAULTS = new FimixSettings(5, 10, 5000, 1e-10, 1, 1, 0.05);

    /**
     * Validates the ranges.
     *
     * @param maxSegments Kmax: solutions are computed for K = 1..Kmax (default 5)
     * @param starts random starts of the EM algorithm per K ≥ 2, the best lnL kept (default 10; K = 1 has a closed form and needs one)
     * @param maxIterations EM iterations per start at most (default 5000)
     * @param tolerance a start has converged when the relative change of lnL, |lnL_t − lnL_{t−1}| / |lnL_{t−1}|, falls below this (default 1e-10)
     * @param seed the seed every start's random numbers derive from (default 1)
     * @param threads threads running the starts; the result is the same for every count (default 1)
     * @param minimumSegmentShare a start whose segment falls below this share of the rows (mixing proportion or hard-assigned rows) is degenerate and discarded (default 0.05)
     */
    public FimixSettings {
        require(maxSegments >= 1, "maxSegments must be at least 1, got " + maxSegments);
        require(starts >= 1, "starts must be at least 1, got " + starts);
        require(maxIterations >= 1, "maxIterations must be at least 1, got " + maxIterations);
        require(tolerance > 0 && Double.isFinite(tolerance), "tolerance must be positive and finite, got " + tolerance);
        require(threads >= 1, "threads must be at least 1, got " + threads);
        require(minimumSegmentShare > 0 && minimumSegmentShare < 0.5,
                "minimumSegmentShare must lie in (0, 0.5), got " + minimumSegmentShare);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new CsiSpecificationException(message);
        }
    }

    /** @return Kmax 5, 10 starts, 5000 iterations, tolerance 1e-10, seed 1, one thread, share 0.05 */
    public static FimixSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with Kmax replaced.
     *
     * @param value the new Kmax
     * @return the new settings
     */
    public FimixSettings withMaxSegments(int value) {
        return new FimixSettings(value, starts, maxIterations, tolerance, seed, threads, minimumSegmentShare);
    }

    /**
     * Returns a copy with the number of starts per K replaced.
     *
     * @param value the new number of starts per K
     * @return the new settings
     */
    public FimixSettings withStarts(int value) {
        return new FimixSettings(maxSegments, value, maxIterations, tolerance, seed, threads, minimumSegmentShare);
    }

    /**
     * Returns a copy with the iteration limit per start replaced.
     *
     * @param value the new iteration limit per start
     * @return the new settings
     */
    public FimixSettings withMaxIterations(int value) {
        return new FimixSettings(maxSegments, starts, value, tolerance, seed, threads, minimumSegmentShare);
    }

    /**
     * Returns a copy with the relative lnL tolerance replaced.
     *
     * @param value the new relative lnL tolerance
     * @return the new settings
     */
    public FimixSettings withTolerance(double value) {
        return new FimixSettings(maxSegments, starts, maxIterations, value, seed, threads, minimumSegmentShare);
    }

    /**
     * Returns a copy with the seed replaced.
     *
     * @param value the new seed
     * @return the new settings
     */
    public FimixSettings withSeed(long value) {
        return new FimixSettings(maxSegments, starts, maxIterations, tolerance, value, threads, minimumSegmentShare);
    }

    /**
     * Returns a copy with the number of threads replaced.
     *
     * @param value the new number of threads
     * @return the new settings
     */
    public FimixSettings withThreads(int value) {
        return new FimixSettings(maxSegments, starts, maxIterations, tolerance, seed, value, minimumSegmentShare);
    }

    /**
     * Returns a copy with the minimum segment share replaced.
     *
     * @param value the new minimum segment share
     * @return the new settings
     */
    public FimixSettings withMinimumSegmentShare(double value) {
        return new FimixSettings(maxSegments, starts, maxIterations, tolerance, seed, threads, value);
    }
}
