package dev.csimodel.models.ipma;

import dev.csimodel.CsiSpecificationException;

import java.util.Arrays;

/**
 * The dividing line of one axis of the importance-performance map. A driver at or above the
 * line counts as important (or high-performing).
 *
 * @param rule  mean, median or given value
 * @param value the given value for {@link ThresholdRule#GIVEN}; 0 and unused otherwise
 */
public record Threshold(ThresholdRule rule, double value) {
    /**
     * Validates the components.
     *
     * @param rule mean, median or given value
     * @param value the given value for {@link ThresholdRule#GIVEN}; 0 and unused otherwise
     */
    public Threshold {
        if (rule == null) {
            throw new CsiSpecificationException("the threshold rule is null");
        }
        if (rule == ThresholdRule.GIVEN ? !Double.isFinite(value) : value != 0) {
            throw new CsiSpecificationException("a " + rule + " threshold cannot have value " + value);
        }
    }

    /** @return the mean of the drivers' values */
    public static Threshold mean() {
        return new Threshold(ThresholdRule.MEAN, 0);
    }

    /** @return the median of the drivers' values */
    public static Threshold median() {
        return new Threshold(ThresholdRule.MEDIAN, 0);
    }

    /**
     * @param value the fixed position of the line
     * @return the fixed line {@code value}
     */
    public static Threshold at(double value) {
        return new Threshold(ThresholdRule.GIVEN, value);
    }

    /** @return the line for the given drivers' values (at least one) */
    double resolve(double[] values) {
        return switch (rule) {
            case GIVEN -> value;
            case MEAN -> Arrays.stream(values).sum() / values.length;
            case MEDIAN -> median(values);
        };
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
