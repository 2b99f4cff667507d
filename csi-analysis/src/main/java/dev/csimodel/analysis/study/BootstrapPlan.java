package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;

/**
 * The bootstrap of a study: paths, 0-100 indices (with a scale) and the ACSI impacts of the
 * importance-performance map, all from the same resamples.
 *
 * @param settings the resamples, seed, threads and the intervals computed
 * @param interval the interval the report shows; one of those {@code settings} computes
 */
public record BootstrapPlan(BootstrapSettings settings, IntervalMethod interval) {

    /**
     * @throws CsiSpecificationException if {@code settings} does not compute {@code interval}
     *
     * @param settings the resamples, seed, threads and the intervals computed
     * @param interval the interval the report shows; one of those {@code settings} computes
     */
    public BootstrapPlan {
        Arguments.requireNonNull(settings, "settings");
        Arguments.requireNonNull(interval, "interval");
        if (!settings.computes(interval)) {
            throw new CsiSpecificationException("the bootstrap shows " + interval + " intervals but its settings "
                    + "compute only " + settings.intervals() + "; add " + interval + " to the settings' intervals");
        }
    }

    /**
     * @param settings the resamples, seed, threads and intervals
     * @return the plan of {@code settings} showing percentile intervals
     */
    public static BootstrapPlan percentile(BootstrapSettings settings) {
        return new BootstrapPlan(settings, IntervalMethod.PERCENTILE);
    }
}
