package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;

/**
 * A confidence interval.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {

    /** @throws CsiSpecificationException if the bounds are not ordered (or NaN) */
    public Interval {
        if (!(lower <= upper)) {
            throw new CsiSpecificationException("interval bounds must satisfy lower <= upper, got ["
                    + lower + ", " + upper + "]");
        }
    }

    /** @return true if {@code lower <= value <= upper} */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** @return {@code upper − lower} */
    public double width() {
        return upper - lower;
    }
}
