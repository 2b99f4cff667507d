package dev.csimodel.analysis.study;

import java.util.OptionalDouble;

/**
 * The case weights of the rows a fit used.
 *
 * @param rows    the number of rows
 * @param sum     Σw
 * @param squares Σw²
 */
public record WeightSummary(double rows, double sum, double squares) {

    /**
     * @return Kish's effective sample size {@code (Σw)² / Σw²} (Kish 1965, eq. 11.7.7); empty
     *         when it is not finite (all-zero weights, which the fit rejects anyway)
     */
    public OptionalDouble kishEffectiveSize() {
        double kish = sum * sum / squares;
        return Double.isFinite(kish) ? OptionalDouble.of(kish) : OptionalDouble.empty();
    }

    /** @return the counts of {@code w}: its length, Σw and Σw² */
    static WeightSummary of(double[] w) {
        double sum = 0;
        double squares = 0;
        for (double v : w) {
            sum += v;
            squares += v * v;
        }
        return new WeightSummary(w.length, sum, squares);
    }
}
