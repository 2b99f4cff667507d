package dev.csimodel.ordinal;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which indicators are ordinal and how their correlations are estimated. Immutable; start from
 * {@link #allIndicators()} or {@link #indicators(String...)} and change one setting with a
 * wither: {@code OrdinalSettings.allIndicators().withMaxCategories(11).withSmoothing(true)}.
 *
 * @param all           true if every indicator of the model is ordinal
 * @param ordinal       the ordinal indicators when {@code all} is false (declaration
 *                      order); the others are continuous. Empty when {@code all}
 * @param maxCategories the most observed categories an ordinal indicator may have (default 20):
 *                      more suggests a continuous variable (or a wrongly declared one), and the
 *                      contingency tables would be mostly empty
 * @param smoothing     if the estimated correlation matrix is not positive definite: true smooths
 *                      it (eigenvalue clipping, see {@link IndicatorCorrelations}) and reports
 *                      that; false (default) refuses the estimation with
 *                      {@link NotPositiveDefiniteException}
 * @param threads       threads over which the indicator pairs are shared (default: the
 *                      processors); the result is the same for any count
 */
public record OrdinalSettings(boolean all, List<String> ordinal, int maxCategories, boolean smoothing,
                              int threads) {

    /** The default limit of {@link #maxCategories()}. */
    public static final int DEFAULT_MAX_CATEGORIES = 20;

    /**
     * Checks the components and copies the list.
     * @param all true if every indicator of the model is ordinal
     * @param ordinal the ordinal indicators when not all are
     * @param maxCategories the most categories an ordinal indicator may have, at least 2
     * @param smoothing smooth a matrix that is not positive definite instead of refusing it
     * @param threads at least 1
     */
    public OrdinalSettings {
        Arguments.requireNonNull(ordinal, "ordinal");
        ordinal = List.copyOf(ordinal);
        Set<String> seen = new HashSet<>();
        for (String name : ordinal) {
            if (!seen.add(name)) {
                throw new CsiSpecificationException("indicator '" + name + "' is declared ordinal twice");
            }
        }
        if (all && !ordinal.isEmpty()) {
            throw new CsiSpecificationException("all indicators are ordinal: do not also list " + ordinal);
        }
        if (!all && ordinal.isEmpty()) {
            throw new CsiSpecificationException("declare at least one ordinal indicator (or all of them)");
        }
        if (maxCategories < 2) {
            throw new CsiSpecificationException("maxCategories must be at least 2, got " + maxCategories);
        }
        if (threads < 1) {
            throw new CsiSpecificationException("threads must be at least 1, got " + threads);
        }
    }

    /** @return every indicator ordinal, at most 20 categories, no smoothing, all processors */
    public static OrdinalSettings allIndicators() {
        return new OrdinalSettings(true, List.of(), DEFAULT_MAX_CATEGORIES, false, processors());
    }

    /**
     * @return the named indicators ordinal, the others continuous; defaults otherwise
     * @param names the ordinal indicators
     */
    public static OrdinalSettings indicators(String... names) {
        return allIndicators().withOrdinal(names);
    }

    private static int processors() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @return these settings with exactly the named indicators ordinal (the others continuous)
     * @param names the ordinal indicators
     */
    public OrdinalSettings withOrdinal(String... names) {
        Arguments.requireNonNull(names, "names");
        return new OrdinalSettings(false, List.of(names), maxCategories, smoothing, threads);
    }

    /**
     * @return these settings with every indicator ordinal
     */
    public OrdinalSettings withAllIndicators() {
        return new OrdinalSettings(true, List.of(), maxCategories, smoothing, threads);
    }

    /**
     * @return these settings with another category limit
     * @param value the most categories an ordinal indicator may have
     */
    public OrdinalSettings withMaxCategories(int value) {
        return new OrdinalSettings(all, ordinal, value, smoothing, threads);
    }

    /**
     * @return these settings with smoothing of a matrix that is not positive definite on or off
     * @param value true to smooth, false to refuse
     */
    public OrdinalSettings withSmoothing(boolean value) {
        return new OrdinalSettings(all, ordinal, maxCategories, value, threads);
    }

    /**
     * @return these settings with another thread count
     * @param value at least 1
     */
    public OrdinalSettings withThreads(int value) {
        return new OrdinalSettings(all, ordinal, maxCategories, smoothing, value);
    }

    /**
     * @return true if indicator {@code name} is declared ordinal
     * @param name an indicator
     */
    public boolean isOrdinal(String name) {
        Arguments.requireNonNull(name, "name");
        return all || ordinal.contains(name);
    }
}
