package dev.csimodel.report;

import java.util.List;

/**
 * How missing values were handled.
 *
 * @param strategy     mean, listwise or pairwise
 * @param rows         rows in the data
 * @param completeRows rows in which every indicator is observed
 * @param missing      missing values over all indicators
 * @param indicators   the missing values of each indicator, in model order
 */
public record MissingDataEntry(String strategy, int rows, int completeRows, int missing,
                               List<IndicatorMissingEntry> indicators) {

    /**
     * Validates the components.
     *
     * @param strategy mean, listwise or pairwise
     * @param rows rows in the data
     * @param completeRows rows in which every indicator is observed
     * @param missing missing values over all indicators
     * @param indicators the missing values of each indicator, in model order
     */
    public MissingDataEntry {
        indicators = List.copyOf(indicators);
    }

    /**
     * One indicator's missing values.
     *
     * @param name        the indicator
     * @param missing     its missing values
     * @param replacement the mean that replaced them (mean replacement only), else null
     */
    public record IndicatorMissingEntry(String name, int missing, Double replacement) {
    }
}
