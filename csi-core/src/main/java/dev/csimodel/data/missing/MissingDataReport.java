package dev.csimodel.data.missing;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * How missing values were handled in an estimate: the strategy, how many rows there were and
 * which have construct scores, and the missing count per indicator. Immutable.
 *
 * @param strategy     the strategy applied
 * @param rows         the number of rows of the input table
 * @param completeRows the number of rows in which every indicator is observed
 * @param scoreRows    the 0-based input rows that have construct scores, in order: every row for
 *                     {@link MissingStrategy#MEAN} and {@link MissingStrategy#REJECT}, the complete
 *                     rows for {@link MissingStrategy#LISTWISE} and {@link MissingStrategy#PAIRWISE}
 * @param indicators   one entry per indicator, in the order of the moments
 */
public record MissingDataReport(MissingStrategy strategy, int rows, int completeRows, List<Integer> scoreRows,
                                List<IndicatorMissing> indicators) {

    /**
     * Copies the lists, so the report stays immutable.
     * @param strategy the strategy applied
     * @param rows the number of rows of the input table
     * @param completeRows the number of rows in which every indicator is observed
     * @param scoreRows the 0-based input rows that have construct scores, in order: every row for
     * {@link MissingStrategy#MEAN} and {@link MissingStrategy#REJECT}, the complete
     * rows for {@link MissingStrategy#LISTWISE} and {@link MissingStrategy#PAIRWISE}
     * @param indicators one entry per indicator, in the order of the moments
     */
    public MissingDataReport {
        scoreRows = List.copyOf(scoreRows);
        indicators = List.copyOf(indicators);
    }

    /** @return the total number of missing values over all indicators */
    public int totalMissing() {
        return indicators.stream().mapToInt(IndicatorMissing::missing).sum();
    }

    /**
     * @return the entry of {@code indicator}
     * @throws CsiSpecificationException if the report has no such indicator
     * @param indicator the indicator's column name
     */
    public IndicatorMissing indicator(String indicator) {
        return indicators.stream().filter(m -> m.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("the missing-data report has no indicator '"
                        + indicator + "'"));
    }
}
