package dev.csimodel.models.ipma;

import dev.csimodel.CsiSpecificationException;

/**
 * The dividing lines of both axes of the importance-performance map.
 *
 * @param importance  the importance line
 * @param performance the performance line
 */
public record Thresholds(Threshold importance, Threshold performance) {
    /**
     * Validates the components.
     *
     * @param importance the importance line
     * @param performance the performance line
     */
    public Thresholds {
        if (importance == null || performance == null) {
            throw new CsiSpecificationException("both thresholds must be given");
        }
    }

    /** @return both lines at the drivers' means (the default) */
    public static Thresholds mean() {
        return new Thresholds(Threshold.mean(), Threshold.mean());
    }

    /** @return both lines at the drivers' medians */
    public static Thresholds median() {
        return new Thresholds(Threshold.median(), Threshold.median());
    }

    /**
     * @param importance the importance line's fixed position
     * @param performance the performance line's fixed position (0-100)
     * @return fixed lines
     */
    public static Thresholds at(double importance, double performance) {
        return new Thresholds(Threshold.at(importance), Threshold.at(performance));
    }
}
