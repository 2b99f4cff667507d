package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.Arrays;

/**
 * A confidence interval.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {

    /**
     * @throws CsiSpecificationException if the bounds are not ordered (or NaN)
     * @param lower lower bound
     * @param upper upper bound, not below {@code lower}
     */
    public Interval {
        if (!(lower <= upper)) {
            throw new CsiSpecificationException("interval bounds must satisfy lower <= upper, got ["
                    + lower + ", " + upper + "]");
        }
    }

    /**
     * The equal-tailed percentile interval of {@code values} at {@code level}: their
     * (1 − level)/2 and (1 + level)/2 quantiles by linear interpolation between order statistics
     * (Hyndman and Fan 1996, type 7, R's default), as the bootstrap's percentile intervals.
     *
     * @param values the draws (not modified), at least one, none NaN
     * @param level  the confidence level, in (0, 1)
     * @throws CsiSpecificationException if {@code values} is empty or holds NaN, or the level is out of range
     * @return the interval [q((1 − level)/2), q((1 + level)/2)] of the draws
     */
    public static Interval percentile(double[] values, double level) {
        Arguments.requireNonNull(values, "values");
        if (values.length == 0 || !(level > 0 && level < 1)) {
            throw new CsiSpecificationException("a percentile interval needs at least one value and a level in (0, 1), got "
                    + values.length + " values and level " + level);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new CsiSpecificationException("a percentile interval of values holding NaN");
        }
        double alpha = (1 - level) / 2;
        return new Interval(EstimateCalculator.quantile(sorted, alpha), EstimateCalculator.quantile(sorted, 1 - alpha));
    }

    /**
     * @return true if {@code lower <= value <= upper}
     * @param value the value to test
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** @return {@code upper − lower} */
    public double width() {
        return upper - lower;
    }
}
