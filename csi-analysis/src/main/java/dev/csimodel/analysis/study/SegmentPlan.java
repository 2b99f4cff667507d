package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.analysis.segments.ComparisonSettings;
import dev.csimodel.models.index.SegmentStrategy;

/**
 * What a study does with grouped data: each segment is estimated on its own rows, and (without
 * case weights) the segments are set side by side through
 * {@link dev.csimodel.analysis.segments.SegmentComparison}.
 *
 * @param comparison the permutations, per-segment bootstrap replicates, seed, threads and whose
 *                   weights a segment's index uses ({@link ComparisonSettings#strategy()}); its
 *                   PLS settings are replaced by the study's
 * @param test       run MICOM and the permutation tests of path and index differences, Holm-adjusted
 * @param groupTests run the bootstrap multi-group tests (Henseler et al. 2009) with the study's
 *                   bootstrap resamples per group
 */
public record SegmentPlan(ComparisonSettings comparison, boolean test, boolean groupTests) {

    /**
     * The comparison settings are required.
     *
     * @param comparison the permutations, per-segment bootstrap replicates, seed, threads and whose weights a segment's index uses ({@link ComparisonSettings#strategy()}); its PLS settings are replaced by the study's
     * @param test       run MICOM and the permutation tests of path and index differences, Holm-adjusted
     * @param groupTests run the bootstrap multi-group tests (Henseler et al. 2009) with the study's bootstrap resamples per group
     */
    public SegmentPlan {
        Arguments.requireNonNull(comparison, "comparison");
    }

    /** @return separate weights, segments side by side, no tests */
    public static SegmentPlan defaults() {
        return new SegmentPlan(ComparisonSettings.defaults(), false, false);
    }

    /** @return whose weights a segment's 0-100 index uses */
    public SegmentStrategy weighting() {
        return comparison.strategy();
    }

    /**
     * @param value the comparison settings
     * @return a copy with them
     */
    public SegmentPlan withComparison(ComparisonSettings value) {
        return new SegmentPlan(value, test, groupTests);
    }

    /**
     * @param value whether to test the differences
     * @return a copy with it
     */
    public SegmentPlan withTest(boolean value) {
        return new SegmentPlan(comparison, value, groupTests);
    }

    /**
     * @param value whether to run the bootstrap multi-group tests
     * @return a copy with it
     */
    public SegmentPlan withGroupTests(boolean value) {
        return new SegmentPlan(comparison, test, value);
    }
}
