package dev.csimodel.models.loyalty;

import dev.csimodel.CsiDataException;

/**
 * Band of a repeat-purchase share s (share of customers, or of purchases, that are repeat
 * purchases), with the reporting thresholds 30 % and 70 %:
 *
 * <pre>
 *  HIGH    s &gt; 0.70
 *  MEDIUM  0.30 &le; s &le; 0.70   (both boundaries belong to MEDIUM)
 *  LOW     s &lt; 0.30
 * </pre>
 *
 * "Over 70 %" and "under 30 %" are read strictly, so exactly 70 % and exactly 30 % are medium.
 * The thresholds are a reporting convention of this library (project issue #3), not an empirical
 * law; compare with other studies only when they use the same cut-offs.
 */
public enum RepeatPurchaseBand {
    /** More than 70 % repeat purchases. */
    HIGH,
    /** From 30 % to 70 % inclusive. */
    MEDIUM,
    /** Less than 30 %. */
    LOW;

    /** Lower end of MEDIUM, inclusive. */
    public static final double LOW_THRESHOLD = 0.30;
    /** Upper end of MEDIUM, inclusive. */
    public static final double HIGH_THRESHOLD = 0.70;

    /**
     * @param share the repeat-purchase share in [0, 1]
     * @return its band
     * @throws CsiDataException if the share is NaN or outside [0, 1]
     */
    public static RepeatPurchaseBand ofShare(double share) {
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new CsiDataException("repeat-purchase share must be in [0, 1], got " + share);
        }
        if (share > HIGH_THRESHOLD) {
            return HIGH;
        }
        return share < LOW_THRESHOLD ? LOW : MEDIUM;
    }
}
