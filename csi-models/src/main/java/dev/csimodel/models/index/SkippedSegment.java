package dev.csimodel.models.index;

/**
 * A segment without an index, and why.
 *
 * @param segment the segment's label
 * @param size    its number of respondents (0 for a labelled code no row has)
 * @param reason  why no index was computed: too few respondents, or the estimation's error
 */
public record SkippedSegment(String segment, int size, String reason) {
}
