package dev.csimodel.data.missing;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;

/**
 * Data made ready for estimation by a {@link MissingStrategy}.
 *
 * @param rows    the rows to compute construct scores from, without missing values: the imputed
 *                table ({@link MissingStrategy#MEAN}) or the complete rows, listed in
 *                {@link MissingDataReport#scoreRows()}; only the model's indicators
 * @param weights the sampling weight of each of {@code rows}, or {@code null} if unweighted
 * @param moments the indicator moments to estimate from
 * @param report  what was missing and what was done
 */
public record PreparedData(DataTable rows, double[] weights, Moments moments, MissingDataReport report) {

    /**
     * Copies the weights, if any, so the prepared data cannot be changed from outside.
     * @param rows the rows to compute construct scores from, without missing values: the imputed
     * table ({@link MissingStrategy#MEAN}) or the complete rows, listed in
     * {@link MissingDataReport#scoreRows()}; only the model's indicators
     * @param weights the sampling weight of each of {@code rows}, or {@code null} if unweighted
     * @param moments the indicator moments to estimate from
     * @param report what was missing and what was done
     */
    public PreparedData {
        weights = weights == null ? null : weights.clone();
    }

    /** @return a copy of the weights of {@code rows}, or {@code null} if unweighted */
    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }
}
