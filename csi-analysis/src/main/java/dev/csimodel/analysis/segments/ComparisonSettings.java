package dev.csimodel.analysis.segments;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.SegmentStrategy;

/**
 * Settings of a {@link SegmentComparison}. Immutable; change one setting with its wither.
 *
 * @param permutations    permutations of the segment labels for each pair of segments (path and
 *                        index differences, MICOM), at least 19 (the smallest p-value is 1/(N+1))
 * @param replicates      bootstrap replicates of each segment's own rows for its intervals; 0 for
 *                        no bootstrap, else at least 2
 * @param seed            seed of the permutations and replicates: permutation b of pair q and each
 *                        replicate draw from their own generators, so the result does not depend
 *                        on {@code threads}
 * @param confidenceLevel level of the percentile bootstrap intervals, in (0, 1)
 * @param alpha           level of the tests and of MICOM, in (0, 1)
 * @param threads         threads for the permutations and replicates, at least 1
 * @param minimumSize     the fewest rows a segment needs, at least 2
 * @param strategy        whose weights a segment's index uses: {@code SEPARATE}, its own
 *                        estimate; {@code POOLED}, the whole sample's (the ACSI way; then only
 *                        the answers differ between segments, and no bootstrap is offered)
 * @param estimation      the PLS settings of every estimation
 */
public record ComparisonSettings(int permutations, int replicates, long seed, double confidenceLevel, double alpha,
                                 int threads, int minimumSize, SegmentStrategy strategy, PlsSettings estimation) {

    /**
     * @throws CsiSpecificationException naming the setting out of range
     * @param permutations permutations per pair, at least 19
     * @param replicates bootstrap replicates per segment, 0 or at least 2
     * @param seed seed of permutations and replicates
     * @param confidenceLevel level of the bootstrap intervals
     * @param alpha level of the tests
     * @param threads threads, at least 1
     * @param minimumSize fewest rows of a segment, at least 2
     * @param strategy whose weights the indices use
     * @param estimation PLS settings
     */
    public ComparisonSettings {
        Arguments.requireNonNull(strategy, "strategy");
        Arguments.requireNonNull(estimation, "estimation");
        if (permutations < 19) {
            throw new CsiSpecificationException("at least 19 permutations are needed for a test at 5%, got "
                    + permutations);
        }
        if (replicates < 0 || replicates == 1) {
            throw new CsiSpecificationException("bootstrap replicates must be 0 (none) or at least 2, got " + replicates);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new CsiSpecificationException("the confidence level must lie in (0, 1), got " + confidenceLevel);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new CsiSpecificationException("the significance level must lie in (0, 1), got " + alpha);
        }
        if (threads < 1) {
            throw new CsiSpecificationException("threads must be at least 1, got " + threads);
        }
        if (minimumSize < 2) {
            throw new CsiSpecificationException("the minimum segment size must be at least 2, got " + minimumSize);
        }
    }

    /** @return 1,000 permutations, no bootstrap, seed 1, 95%, α = 0.05, one thread, 10 rows, separate, default PLS */
    public static ComparisonSettings defaults() {
        return new ComparisonSettings(1000, 0, 1L, 0.95, 0.05, 1, 10, SegmentStrategy.SEPARATE, PlsSettings.defaults());
    }

    /** @return these settings with {@code value} permutations per pair @param value at least 19 */
    public ComparisonSettings withPermutations(int value) {
        return new ComparisonSettings(value, replicates, seed, confidenceLevel, alpha, threads, minimumSize, strategy,
                estimation);
    }

    /** @return these settings with {@code value} bootstrap replicates per segment @param value 0 or at least 2 */
    public ComparisonSettings withReplicates(int value) {
        return new ComparisonSettings(permutations, value, seed, confidenceLevel, alpha, threads, minimumSize, strategy,
                estimation);
    }

    /** @return these settings with seed {@code value} @param value the seed */
    public ComparisonSettings withSeed(long value) {
        return new ComparisonSettings(permutations, replicates, value, confidenceLevel, alpha, threads, minimumSize,
                strategy, estimation);
    }

    /** @return these settings with interval level {@code value} @param value in (0, 1) */
    public ComparisonSettings withConfidenceLevel(double value) {
        return new ComparisonSettings(permutations, replicates, seed, value, alpha, threads, minimumSize, strategy,
                estimation);
    }

    /** @return these settings with test level {@code value} @param value in (0, 1) */
    public ComparisonSettings withAlpha(double value) {
        return new ComparisonSettings(permutations, replicates, seed, confidenceLevel, value, threads, minimumSize,
                strategy, estimation);
    }

    /** @return these settings with {@code value} threads @param value at least 1 */
    public ComparisonSettings withThreads(int value) {
        return new ComparisonSettings(permutations, replicates, seed, confidenceLevel, alpha, value, minimumSize,
                strategy, estimation);
    }

    /** @return these settings with minimum segment size {@code value} @param value at least 2 */
    public ComparisonSettings withMinimumSize(int value) {
        return new ComparisonSettings(permutations, replicates, seed, confidenceLevel, alpha, threads, value, strategy,
                estimation);
    }

    /** @return these settings with index strategy {@code value} @param value separate or pooled */
    public ComparisonSettings withStrategy(SegmentStrategy value) {
        return new ComparisonSettings(permutations, replicates, seed, confidenceLevel, alpha, threads, minimumSize,
                value, estimation);
    }

    /** @return these settings with PLS settings {@code value} @param value the PLS settings */
    public ComparisonSettings withEstimation(PlsSettings value) {
        return new ComparisonSettings(permutations, replicates, seed, confidenceLevel, alpha, threads, minimumSize,
                strategy, value);
    }
}
