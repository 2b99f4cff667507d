package dev.csimodel.analysis.segments;

import dev.csimodel.Arguments;
import dev.csimodel.models.index.SkippedSegment;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a {@link SegmentComparison}: every segment's own estimate side by side (label
 * order), the segments that could not be estimated with the reason, and, when the tests were
 * run, the comparison of every pair of segments. Immutable.
 */
public final class SegmentComparisonResult {

    private final ComparisonSettings settings;
    private final List<SegmentProfile> segments;
    private final List<SkippedSegment> skipped;
    private final List<SegmentPair> pairs;
    private final boolean tested;

    SegmentComparisonResult(ComparisonSettings settings, List<SegmentProfile> segments, List<SkippedSegment> skipped,
                            List<SegmentPair> pairs, boolean tested) {
        this.settings = settings;
        this.segments = List.copyOf(segments);
        this.skipped = List.copyOf(skipped);
        this.pairs = List.copyOf(pairs);
        this.tested = tested;
    }

    /** @return the settings used */
    public ComparisonSettings settings() {
        return settings;
    }

    /** @return the estimated segments, in label order */
    public List<SegmentProfile> segments() {
        return segments;
    }

    /**
     * @return the segment labelled {@code label}, if it was estimated
     * @param label the segment's label
     */
    public Optional<SegmentProfile> segment(String label) {
        Arguments.requireNonNull(label, "label");
        return segments.stream().filter(s -> s.segment().equals(label)).findFirst();
    }

    /** @return the segments without an estimate (too few rows, failed estimate), with the reason */
    public List<SkippedSegment> skipped() {
        return skipped;
    }

    /** @return true if the permutation tests and MICOM were run */
    public boolean tested() {
        return tested;
    }

    /** @return every pair of segments (a before b in label order); empty unless {@link #tested()} */
    public List<SegmentPair> pairs() {
        return pairs;
    }

    /**
     * @return the comparison of segments {@code a} and {@code b} (a before b in label order), if tested
     * @param a the first segment
     * @param b the second segment
     */
    public Optional<SegmentPair> pair(String a, String b) {
        return pairs.stream().filter(p -> p.segmentA().equals(a) && p.segmentB().equals(b)).findFirst();
    }

    /** @return every tested difference: pair by pair, paths then indices: the family Holm adjusts over */
    public List<SegmentDifference> differences() {
        return pairs.stream().flatMap(p -> p.differences().stream()).toList();
    }
}
