package dev.csimodel.analysis.waves;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsSettings;

/**
 * Settings of a {@link WaveAnalysis}. Immutable; change one setting with its wither.
 *
 * @param permutations    permutations of the wave labels for each pair of consecutive waves
 *                        (index changes, path differences and MICOM), at least 19
 * @param replicates      bootstrap replicates of each index change (resampling within each wave),
 *                        at least 2
 * @param seed            seed of the permutations and replicates
 * @param confidenceLevel level of the percentile intervals of the changes, in (0, 1)
 * @param alpha           significance level of the permutation tests, in (0, 1)
 * @param estimation      the PLS settings of every estimation
 */
public record WaveSettings(int permutations, int replicates, long seed, double confidenceLevel, double alpha,
                           PlsSettings estimation) {

    /**
     * @throws CsiSpecificationException naming the setting out of range
     * @param permutations permutations of the wave labels for each pair of consecutive waves
     * (index changes, path differences and MICOM), at least 19
     * @param replicates bootstrap replicates of each index change (resampling within each wave),
     * at least 2
     * @param seed seed of the permutations and replicates
     * @param confidenceLevel level of the percentile intervals of the changes, in (0, 1)
     * @param alpha significance level of the permutation tests, in (0, 1)
     * @param estimation the PLS settings of every estimation
     */
    public WaveSettings {
        Arguments.requireNonNull(estimation, "estimation");
        if (permutations < 19) {
            throw new CsiSpecificationException("at least 19 permutations are needed for a test at 5%, got "
                    + permutations);
        }
        if (replicates < 2) {
            throw new CsiSpecificationException("at least 2 bootstrap replicates are needed, got " + replicates);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new CsiSpecificationException("the confidence level must lie in (0, 1), got " + confidenceLevel);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new CsiSpecificationException("the significance level must lie in (0, 1), got " + alpha);
        }
    }

    /** @return 1,000 permutations and replicates, seed 1, 95% intervals, α = 0.05, default PLS settings */
    public static WaveSettings defaults() {
        return new WaveSettings(1000, 1000, 1L, 0.95, 0.05, PlsSettings.defaults());
    }

    /**
     * @return these settings with {@code permutations} permutations
     * @param permutations permutations of the wave labels for each pair of consecutive waves
     * (index changes, path differences and MICOM), at least 19
     */
    public WaveSettings withPermutations(int permutations) {
        return new WaveSettings(permutations, replicates, seed, confidenceLevel, alpha, estimation);
    }

    /**
     * @return these settings with {@code replicates} bootstrap replicates
     * @param replicates bootstrap replicates of each index change (resampling within each wave),
     * at least 2
     */
    public WaveSettings withReplicates(int replicates) {
        return new WaveSettings(permutations, replicates, seed, confidenceLevel, alpha, estimation);
    }

    /**
     * @return these settings with seed {@code seed}
     * @param seed seed of the permutations and replicates
     */
    public WaveSettings withSeed(long seed) {
        return new WaveSettings(permutations, replicates, seed, confidenceLevel, alpha, estimation);
    }

    /**
     * @return these settings with interval level {@code confidenceLevel}
     * @param confidenceLevel level of the percentile intervals of the changes, in (0, 1)
     */
    public WaveSettings withConfidenceLevel(double confidenceLevel) {
        return new WaveSettings(permutations, replicates, seed, confidenceLevel, alpha, estimation);
    }

    /**
     * @return these settings with significance level {@code alpha}
     * @param alpha significance level of the permutation tests, in (0, 1)
     */
    public WaveSettings withAlpha(double alpha) {
        return new WaveSettings(permutations, replicates, seed, confidenceLevel, alpha, estimation);
    }

    /**
     * @return these settings with PLS settings {@code estimation}
     * @param estimation the PLS settings of every estimation
     */
    public WaveSettings withEstimation(PlsSettings estimation) {
        return new WaveSettings(permutations, replicates, seed, confidenceLevel, alpha, estimation);
    }
}
