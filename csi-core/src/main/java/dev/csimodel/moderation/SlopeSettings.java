package dev.csimodel.moderation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;

/**
 * Settings of a simple-slope and floodlight analysis. Immutable; change one setting with a
 * wither: {@code SlopeSettings.defaults().withBootstrap(BootstrapSettings.defaults().withResamples(2000))}.
 *
 * @param bootstrap        the bootstrap of the slopes (default {@link BootstrapSettings#defaults()}
 *                         with percentile intervals only)
 * @param intervalMethod   the interval the slopes are judged by (default percentile); the bootstrap
 *                         must compute it
 * @param floodlightFrom   the lowest moderator level of the floodlight, in standard deviations from
 *                         its mean (default −3)
 * @param floodlightTo     the highest level (default 3), greater than {@code floodlightFrom}
 * @param floodlightPoints the number of equally spaced levels, at least 2 (default 61: steps of 0.1)
 */
public record SlopeSettings(BootstrapSettings bootstrap, IntervalMethod intervalMethod, double floodlightFrom,
                            double floodlightTo, int floodlightPoints) {

    /**
     * @throws CsiSpecificationException naming the setting that is out of range
     * @param bootstrap the bootstrap of the slopes (default {@link BootstrapSettings#defaults()}
     * with percentile intervals only)
     * @param intervalMethod the interval the slopes are judged by (default percentile); the bootstrap
     * must compute it
     * @param floodlightFrom the lowest moderator level of the floodlight, in standard deviations from
     * its mean (default −3)
     * @param floodlightTo the highest level (default 3), greater than {@code floodlightFrom}
     * @param floodlightPoints the number of equally spaced levels, at least 2 (default 61: steps of 0.1)
     */
    public SlopeSettings {
        Arguments.requireNonNull(bootstrap, "bootstrap");
        Arguments.requireNonNull(intervalMethod, "intervalMethod");
        if (!bootstrap.computes(intervalMethod)) {
            throw new CsiSpecificationException("intervalMethod " + intervalMethod + " is not among the bootstrap's intervals "
                    + bootstrap.intervals());
        }
        if (!Double.isFinite(floodlightFrom) || !Double.isFinite(floodlightTo) || !(floodlightFrom < floodlightTo)) {
            throw new CsiSpecificationException("floodlightFrom must be below floodlightTo, both finite, got "
                    + floodlightFrom + " and " + floodlightTo);
        }
        if (floodlightPoints < 2) {
            throw new CsiSpecificationException("floodlightPoints must be at least 2, got " + floodlightPoints);
        }
    }

    /** @return 5000 resamples with percentile intervals, floodlight from −3 to 3 SD in steps of 0.1 */
    public static SlopeSettings defaults() {
        return new SlopeSettings(BootstrapSettings.defaults().withIntervals(IntervalMethod.PERCENTILE),
                IntervalMethod.PERCENTILE, -3, 3, 61);
    }

    /**
     * Returns a copy with {@code bootstrap} replaced.
     * @param value the new {@code bootstrap}: the bootstrap of the slopes (default {@link BootstrapSettings#defaults()}
     * with percentile intervals only)
     * @return the new settings
     */
    public SlopeSettings withBootstrap(BootstrapSettings value) {
        return new SlopeSettings(value, intervalMethod, floodlightFrom, floodlightTo, floodlightPoints);
    }

    /**
     * Returns a copy with {@code intervalMethod} replaced.
     * @param value the new {@code intervalMethod}: the interval the slopes are judged by (default
     * percentile); the bootstrap
     * must compute it
     * @return the new settings
     */
    public SlopeSettings withIntervalMethod(IntervalMethod value) {
        return new SlopeSettings(bootstrap, value, floodlightFrom, floodlightTo, floodlightPoints);
    }

    /**
     * @return these settings with the floodlight over {@code points} levels from {@code from} to {@code to} SD
     * @param from the lowest moderator level, in standard deviations from its mean
     * @param to the highest level, greater than {@code from}
     * @param points the number of equally spaced levels, at least 2
     */
    public SlopeSettings withFloodlight(double from, double to, int points) {
        return new SlopeSettings(bootstrap, intervalMethod, from, to, points);
    }

    /**
     * @return the k-th floodlight level, {@code from + k (to − from) / (points − 1)}
     * @param k the level's index, 0 ≤ k &lt; {@code floodlightPoints()}
     */
    public double floodlightLevel(int k) {
        return floodlightFrom + k * (floodlightTo - floodlightFrom) / (floodlightPoints - 1);
    }
}
