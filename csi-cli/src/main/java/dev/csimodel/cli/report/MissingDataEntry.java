package dev.csimodel.cli.report;

/**
 * How missing values were handled.
 *
 * @param strategy     mean, listwise or pairwise
 * @param rows         rows in the data
 * @param completeRows rows in which every indicator is observed
 * @param missing      missing values over all indicators
 */
public record MissingDataEntry(String strategy, int rows, int completeRows, int missing) {
}
