package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.analysis.waves.WaveSettings;

import java.util.List;

/**
 * The waves of a study ({@link dev.csimodel.analysis.waves.WaveAnalysis}): the index and paths
 * per wave, MICOM across waves, and the change between consecutive waves with a bootstrap
 * interval and a permutation p-value.
 *
 * @param order    the waves in time order; empty for the labels sorted as text (2025Q1, 2025Q2, ...)
 * @param settings permutations, replicates, seed and levels; its PLS settings are replaced by the study's
 */
public record WavePlan(List<String> order, WaveSettings settings) {

    /**
     * Copies the order; the settings are required.
     *
     * @param order    the waves in time order; empty for the labels sorted as text (2025Q1, 2025Q2, ...)
     * @param settings permutations, replicates, seed and levels; its PLS settings are replaced by the study's
     */
    public WavePlan {
        order = List.copyOf(order);
        Arguments.requireNonNull(settings, "settings");
    }

    /**
     * @param settings permutations, replicates, seed and levels
     * @return the waves sorted as text, with {@code settings}
     */
    public static WavePlan sorted(WaveSettings settings) {
        return new WavePlan(List.of(), settings);
    }
}
