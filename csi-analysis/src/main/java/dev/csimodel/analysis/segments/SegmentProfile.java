package dev.csimodel.analysis.segments;

import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndexBootstrap;
import dev.csimodel.result.PlsResult;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One segment's own estimate: its size, paths, R² and 0-100 indices (Fornell et al. 1996),
 * and, when asked for, the percentile bootstrap of its paths and indices (resampling the
 * segment's own rows).
 *
 * @param segment     the segment's label
 * @param respondents its number of rows
 * @param fit         the model estimated on the segment's rows alone
 * @param index       its 0-100 indices; empty without indicator scales
 * @param bootstrap   the bootstrap of the segment's rows (paths and, with scales, indices); empty
 *                    unless asked for
 */
public record SegmentProfile(String segment, int respondents, PlsResult fit, Optional<CsiIndex> index,
                             Optional<BootstrapResult> bootstrap) {

    /**
     * @return the 0-100 index of {@code construct}; empty without scales or where undefined
     * @param construct the construct's name
     */
    public OptionalDouble index(String construct) {
        return index.map(i -> i.index(construct)).orElse(OptionalDouble.empty());
    }

    /**
     * @return the path coefficient {@code from -> to} in this segment
     * @param from the predecessor
     * @param to   the dependent construct
     */
    public double path(String from, String to) {
        return fit.pathCoefficient(from, to);
    }

    /**
     * @return the R² of {@code construct}; empty for an exogenous construct
     * @param construct the construct's name
     */
    public OptionalDouble rSquared(String construct) {
        return fit.rSquared(construct);
    }

    /**
     * @return the percentile bootstrap interval of the index of {@code construct}; empty without
     *         a bootstrap, without scales, or when the bootstrap withheld intervals
     * @param construct the construct's name
     */
    public Optional<Interval> indexInterval(String construct) {
        if (index.isEmpty() || index(construct).isEmpty()) {
            return Optional.empty();
        }
        return bootstrap.flatMap(b -> IndexBootstrap.index(b, construct).findInterval(IntervalMethod.PERCENTILE));
    }

    /**
     * @return the percentile bootstrap interval of the path {@code from -> to}; empty without a
     *         bootstrap or when it withheld intervals
     * @param from the predecessor
     * @param to   the dependent construct
     */
    public Optional<Interval> pathInterval(String from, String to) {
        return bootstrap.flatMap(b -> b.path(from, to).findInterval(IntervalMethod.PERCENTILE));
    }
}
