package dev.csimodel.models.ipma;

import dev.csimodel.CsiSpecificationException;

/**
 * A driver of the target: a construct or an indicator with its importance and performance.
 *
 * @param name        the construct or indicator name
 * @param importance  its importance for the target (an unstandardised total effect, or given)
 * @param performance its performance on the 0-100 scale
 */
public record Driver(String name, double importance, double performance) {

    public Driver {
        if (name == null || name.isBlank()) {
            throw new CsiSpecificationException("a driver has an empty name");
        }
        if (!Double.isFinite(importance) || !Double.isFinite(performance)) {
            throw new CsiSpecificationException("driver '" + name + "' has a non-finite importance or performance");
        }
    }
}
