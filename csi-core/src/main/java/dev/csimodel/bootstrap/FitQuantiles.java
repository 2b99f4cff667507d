package dev.csimodel.bootstrap;

/**
 * Bollen-Stine bootstrap test of one fit measure of one model (Bollen and Stine 1992): the
 * measure T on the original data against its distribution T*₁..T*_B over resamples of the data
 * transformed to fit the model exactly.
 *
 * @param original  T on the original data
 * @param q95       the 95% quantile of T* (HI95 in SmartPLS and cSEM; Henseler 2017,
 *                  "Bridging design and behavioral research with variance-based structural
 *                  equation modeling", Journal of Advertising 46): a model with T ≤ HI95 is not
 *                  rejected at the 5% level
 * @param q99       the 99% quantile of T* (HI99)
 * @param pValue    #{T*_b ≥ T} / B, the share of resamples fitting at least as badly as the data
 * @param resamples B, the resamples the quantiles come from
 */
public record FitQuantiles(double original, double q95, double q99, double pValue, int resamples) {

    /** @return true if the original discrepancy exceeds HI95 (the model is rejected at 5%) */
    public boolean exceeds95() {
        return original > q95;
    }

    /** @return true if the original discrepancy exceeds HI99 (the model is rejected at 1%) */
    public boolean exceeds99() {
        return original > q99;
    }
}
