package dev.csimodel.models.loyalty;

import dev.csimodel.CsiDataException;

/**
 * Repeat purchases out of all purchases (or repeat customers out of all customers).
 *
 * <p>The constructor throws {@link CsiDataException} if the counts are negative, inconsistent or
 * the total is 0.
 *
 * @param repeat number of repeat purchases, 0 &le; repeat &le; total
 * @param total  number of purchases, &gt; 0
 */
public record RepeatPurchaseRate(long repeat, long total) {

    /** Keeps {@code 10 * total} within a long for the exact band comparison. */
    private static final long MAX_TOTAL = Long.MAX_VALUE / 10;

    /**
     * Requires a positive total of at most {@link #MAX_TOTAL} and a repeat count in [0, total].
     * @param repeat number of repeat purchases, 0 &le; repeat &le; total
     * @param total number of purchases, &gt; 0
     */
    public RepeatPurchaseRate {
        if (total <= 0) {
            throw new CsiDataException("repeat-purchase rate needs a positive total, got " + total);
        }
        if (total > MAX_TOTAL) {
            throw new CsiDataException("repeat-purchase total " + total + " exceeds " + MAX_TOTAL);
        }
        if (repeat < 0 || repeat > total) {
            throw new CsiDataException("repeat purchases must be in [0, " + total + "], got " + repeat);
        }
    }

    /** @return the share {@code repeat / total} in [0, 1] */
    public double share() {
        return (double) repeat / total;
    }

    /**
     * The band by the rule of {@link RepeatPurchaseBand}, decided in exact integer arithmetic
     * ({@code 10 * repeat} against {@code 7 * total} and {@code 3 * total}) so that e.g. 7 of 10
     * is exactly on the 70 % boundary.
     *
     * @return HIGH above 70 %, LOW below 30 %, otherwise MEDIUM
     */
    public RepeatPurchaseBand band() {
        if (10 * repeat > 7 * total) {
            return RepeatPurchaseBand.HIGH;
        }
        return 10 * repeat < 3 * total ? RepeatPurchaseBand.LOW : RepeatPurchaseBand.MEDIUM;
    }
}
