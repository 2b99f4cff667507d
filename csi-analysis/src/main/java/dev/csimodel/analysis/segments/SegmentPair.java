package dev.csimodel.analysis.segments;

import dev.csimodel.groups.MicomResult;

import java.util.List;

/**
 * The comparison of two segments.
 *
 * @param segmentA    the first segment (label order)
 * @param segmentB    the second segment
 * @param micom       MICOM steps 1-3 of the pair (Henseler, Ringle and Sarstedt 2016)
 * @param differences the path differences in declaration order, then the index differences in
 *                    model order, each with its raw and Holm-adjusted p-value
 */
public record SegmentPair(String segmentA, String segmentB, MicomResult micom, List<SegmentDifference> differences) {

    public SegmentPair {
        differences = List.copyOf(differences);
    }
}
