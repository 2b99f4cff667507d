package dev.csimodel.result;

/**
 * The p-value of one structural path before and after a multiple-testing adjustment
 * ({@link PValueAdjustment}).
 *
 * @param from     the predecessor
 * @param to       the dependent construct
 * @param pValue   the raw p-value
 * @param adjusted the adjusted p-value, not below the raw one
 */
public record AdjustedPValue(String from, String to, double pValue, double adjusted) {
}
