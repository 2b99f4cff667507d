package dev.csimodel.predict;

import dev.csimodel.CsiSpecificationException;

/**
 * Settings of a PLSpredict run. Immutable; change one setting with a wither:
 * {@code PredictionSettings.defaults().withFolds(5).withRepetitions(10)}.
 *
 * @param folds       number of cross-validation folds k, at least 2 and at most the number of
 *                    rows (checked when the data are known); default 10 (Shmueli et al. 2019)
 * @param repetitions how many times the k-fold split is redrawn; metrics are averaged over
 *                    repetitions; default 1
 * @param seed        seed of the fold assignment: the same seed, data and model always give
 *                    the same folds and hence the same result; default 1
 * @param technique   direct (default, as seminr) or earliest antecedents
 */
public record PredictionSettings(int folds, int repetitions, long seed, PredictionTechnique technique) {

    private static final PredictionSettings DEFAULTS =
            new PredictionSettings(10, 1, 1L, PredictionTechnique.DIRECT_ANTECEDENTS);

    /**
     * Checks that there are at least two folds, at least one repetition and a technique.
     * @param folds number of cross-validation folds k, at least 2 and at most the number of
     * rows (checked when the data are known); default 10 (Shmueli et al. 2019)
     * @param repetitions how many times the k-fold split is redrawn; metrics are averaged over
     * repetitions; default 1
     * @param seed seed of the fold assignment: the same seed, data and model always give
     * the same folds and hence the same result; default 1
     * @param technique direct (default, as seminr) or earliest antecedents
     */
    public PredictionSettings {
        if (folds < 2) {
            throw new CsiSpecificationException("folds must be at least 2, got " + folds);
        }
        if (repetitions < 1) {
            throw new CsiSpecificationException("repetitions must be at least 1, got " + repetitions);
        }
        if (technique == null) {
            throw new CsiSpecificationException("the prediction technique must be given");
        }
    }

    /** @return 10 folds, 1 repetition, seed 1, direct antecedents */
    public static PredictionSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with {@code folds} replaced.
     * @param value the new {@code folds}: number of cross-validation folds k, at least 2 and at most the number of
     * rows (checked when the data are known); default 10 (Shmueli et al. 2019)
     * @return the new settings
     */
    public PredictionSettings withFolds(int value) {
        return new PredictionSettings(value, repetitions, seed, technique);
    }

    /**
     * Returns a copy with {@code repetitions} replaced.
     * @param value the new {@code repetitions}: how many times the k-fold split is redrawn; metrics are averaged over
     * repetitions; default 1
     * @return the new settings
     */
    public PredictionSettings withRepetitions(int value) {
        return new PredictionSettings(folds, value, seed, technique);
    }

    /**
     * Returns a copy with {@code seed} replaced.
     * @param value the new {@code seed}: seed of the fold assignment: the same seed, data and model always give
     * the same folds and hence the same result; default 1
     * @return the new settings
     */
    public PredictionSettings withSeed(long value) {
        return new PredictionSettings(folds, repetitions, value, technique);
    }

    /**
     * Returns a copy with {@code technique} replaced.
     * @param value the new {@code technique}: direct (default, as seminr) or earliest antecedents
     * @return the new settings
     */
    public PredictionSettings withTechnique(PredictionTechnique value) {
        return new PredictionSettings(folds, repetitions, seed, value);
    }
}
