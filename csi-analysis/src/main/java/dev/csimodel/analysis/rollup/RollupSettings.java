package dev.csimodel.analysis.rollup;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.index.SegmentStrategy;

/**
 * Settings of a {@link Rollup}. Immutable; change one setting with its wither.
 *
 * @param scoring         how company indices are computed: {@link SegmentStrategy#POOLED} (one
 *                        estimation on all respondents, each company scored with the pooled
 *                        index weights and its own item means, the ACSI way) or
 *                        {@link SegmentStrategy#SEPARATE} (one estimation per company)
 * @param minimumSize     companies with fewer respondents are excluded (and reported), at least 1
 * @param replicates      bootstrap replicates, 0 for point estimates only
 * @param seed            seed of the replicates: the same seed gives the same intervals for any
 *                        thread count
 * @param threads         worker threads for the replicates, at least 1
 * @param confidenceLevel level of the percentile intervals, in (0, 1)
 * @param estimation      the PLS settings of every estimation
 */
public record RollupSettings(SegmentStrategy scoring, int minimumSize, int replicates, long seed, int threads,
                             double confidenceLevel, PlsSettings estimation) {

    /** Default minimum number of respondents per company. */
    public static final int DEFAULT_MINIMUM_SIZE = 30;

    /**
     * @throws CsiSpecificationException naming the setting out of range
     * @param scoring how company indices are computed: {@link SegmentStrategy#POOLED} (one
     * estimation on all respondents, each company scored with the pooled
     * index weights and its own item means, the ACSI way) or
     * {@link SegmentStrategy#SEPARATE} (one estimation per company)
     * @param minimumSize companies with fewer respondents are excluded (and reported), at least 1
     * @param replicates bootstrap replicates, 0 for point estimates only
     * @param seed seed of the replicates: the same seed gives the same intervals for any
     * thread count
     * @param threads worker threads for the replicates, at least 1
     * @param confidenceLevel level of the percentile intervals, in (0, 1)
     * @param estimation the PLS settings of every estimation
     */
    public RollupSettings {
        Arguments.requireNonNull(scoring, "scoring");
        Arguments.requireNonNull(estimation, "estimation");
        if (minimumSize < 1) {
            throw new CsiSpecificationException("the minimum company size must be at least 1, got " + minimumSize);
        }
        if (replicates < 0) {
            throw new CsiSpecificationException("the number of bootstrap replicates must not be negative, got "
                    + replicates);
        }
        if (threads < 1) {
            throw new CsiSpecificationException("the number of threads must be at least 1, got " + threads);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new CsiSpecificationException("the confidence level must lie in (0, 1), got " + confidenceLevel);
        }
    }

    /**
     * @return pooled scoring, at least {@value #DEFAULT_MINIMUM_SIZE} respondents per company,
     *         no bootstrap, seed 1, one thread, 95% intervals, default PLS settings
     */
    public static RollupSettings defaults() {
        return new RollupSettings(SegmentStrategy.POOLED, DEFAULT_MINIMUM_SIZE, 0, 1L, 1, 0.95, PlsSettings.defaults());
    }

    /**
     * @return these settings with company scoring {@code scoring}
     * @param scoring how company indices are computed: {@link SegmentStrategy#POOLED} (one
     * estimation on all respondents, each company scored with the pooled
     * index weights and its own item means, the ACSI way) or
     * {@link SegmentStrategy#SEPARATE} (one estimation per company)
     */
    public RollupSettings withScoring(SegmentStrategy scoring) {
        return new RollupSettings(scoring, minimumSize, replicates, seed, threads, confidenceLevel, estimation);
    }

    /**
     * @return these settings with minimum company size {@code minimumSize}
     * @param minimumSize companies with fewer respondents are excluded (and reported), at least 1
     */
    public RollupSettings withMinimumSize(int minimumSize) {
        return new RollupSettings(scoring, minimumSize, replicates, seed, threads, confidenceLevel, estimation);
    }

    /**
     * @return these settings with {@code replicates} bootstrap replicates and seed {@code seed}
     * @param replicates bootstrap replicates, 0 for point estimates only
     * @param seed seed of the replicates: the same seed gives the same intervals for any
     * thread count
     */
    public RollupSettings withBootstrap(int replicates, long seed) {
        return new RollupSettings(scoring, minimumSize, replicates, seed, threads, confidenceLevel, estimation);
    }

    /**
     * @return these settings with {@code threads} worker threads
     * @param threads worker threads for the replicates, at least 1
     */
    public RollupSettings withThreads(int threads) {
        return new RollupSettings(scoring, minimumSize, replicates, seed, threads, confidenceLevel, estimation);
    }

    /**
     * @return these settings with interval level {@code confidenceLevel}
     * @param confidenceLevel level of the percentile intervals, in (0, 1)
     */
    public RollupSettings withConfidenceLevel(double confidenceLevel) {
        return new RollupSettings(scoring, minimumSize, replicates, seed, threads, confidenceLevel, estimation);
    }

    /**
     * @return these settings with PLS settings {@code estimation}
     * @param estimation the PLS settings of every estimation
     */
    public RollupSettings withEstimation(PlsSettings estimation) {
        return new RollupSettings(scoring, minimumSize, replicates, seed, threads, confidenceLevel, estimation);
    }
}
