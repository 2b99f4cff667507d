package dev.csimodel.bootstrap;

import java.util.OptionalDouble;

/**
 * The bootstrap test of discriminant validity for one pair of constructs (Franke and Sarstedt
 * 2019, Internet Research 29, "HTMT_inference"): H0 HTMT ≥ threshold against H1 HTMT &lt; threshold,
 * rejected at level α when the upper bound of the one-sided 1 − α percentile interval,
 * the (1 − α)-quantile of the bootstrap HTMT values, lies below the threshold (0.85
 * conservative, 0.90 liberal; Henseler, Ringle and Sarstedt 2015).
 *
 * @param a          the first construct
 * @param b          the second construct
 * @param htmt       HTMT on the original data
 * @param level      the one-sided level 1 − α (0.95 by default)
 * @param upperBound the (1 − α)-quantile of the bootstrap HTMT (type-7 interpolation); empty when
 *                   the bootstrap withholds intervals (more than half of the resamples failed)
 */
public record HtmtTest(String a, String b, double htmt, double level, OptionalDouble upperBound) {

    /** The conservative threshold 0.85 (Kline 2011; Henseler et al. 2015). */
    public static final double CONSERVATIVE = 0.85;
    /** The liberal threshold 0.90 (Gold, Malhotra and Segars 2001; Henseler et al. 2015). */
    public static final double LIBERAL = 0.90;

    /**
     * @return true if the upper bound lies below {@code threshold} (discriminant validity is
     *         established); false if not or if there is no upper bound
     * @param threshold the HTMT threshold, e.g. {@link #CONSERVATIVE} or {@link #LIBERAL}
     */
    public boolean below(double threshold) {
        return upperBound.isPresent() && upperBound.getAsDouble() < threshold;
    }
}
