package dev.csimodel.data.missing;

import java.util.OptionalDouble;

/**
 * The missing values of one indicator and what was done with them.
 *
 * @param indicator   the indicator (column) name
 * @param observed    the number of rows in which it is observed
 * @param missing     the number of rows in which it is missing ({@code NaN})
 * @param replacement the value that replaced each missing value (strategy
 *                    {@link MissingStrategy#MEAN}, when something was missing); empty otherwise
 */
public record IndicatorMissing(String indicator, int observed, int missing, OptionalDouble replacement) {

    /** @return the share of rows in which the indicator is missing, in [0, 1] */
    public double missingShare() {
        int total = observed + missing;
        return total == 0 ? 0.0 : (double) missing / total;
    }
}
