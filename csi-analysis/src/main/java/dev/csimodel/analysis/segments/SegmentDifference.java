package dev.csimodel.analysis.segments;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One tested difference between segments A and B: a path coefficient or a 0-100 index.
 *
 * @param segmentA    the first segment (label order); differences are A − B
 * @param segmentB    the second segment
 * @param kind        path or index
 * @param from        the path's predecessor; empty for an index
 * @param construct   the path's dependent construct, or the indexed construct
 * @param valueA      the value in segment A (its own estimate)
 * @param valueB      the value in segment B
 * @param difference  {@code valueA − valueB}
 * @param pValue      two-sided permutation p-value {@code (1 + #{|d*| ≥ |d|}) / (1 + N)} (Chin and
 *                    Dibbern 2010); empty for an index when more than half of the permutations
 *                    gave no index
 * @param adjustedPValue the Holm-adjusted p-value over every test of the comparison (all pairs,
 *                    paths and indices: Holm 1979); empty when {@code pValue} is
 * @param comparable  whether MICOM allows the comparison: partial invariance (steps 1 and 2) of
 *                    the construct, for a path of both its constructs; a difference that is not
 *                    comparable is reported but should not be interpreted
 * @param significant whether {@code adjustedPValue < α}
 */
public record SegmentDifference(String segmentA, String segmentB, DifferenceKind kind, Optional<String> from,
                                String construct, double valueA, double valueB, double difference,
                                OptionalDouble pValue, OptionalDouble adjustedPValue, boolean comparable,
                                boolean significant) {

    /** @return {@code "VAL -> SAT"} for a path, the construct's name for an index */
    public String label() {
        return from.map(f -> f + " -> " + construct).orElse(construct);
    }

    SegmentDifference withAdjusted(double adjusted, double alpha) {
        return new SegmentDifference(segmentA, segmentB, kind, from, construct, valueA, valueB, difference, pValue,
                OptionalDouble.of(adjusted), comparable, adjusted < alpha);
    }
}
