package dev.csimodel.models.index;

import dev.csimodel.result.PlsResult;

/**
 * The index of one segment.
 *
 * @param segment the segment's label
 * @param size    its number of respondents
 * @param index   its 0-100 indices, with the respondents' scores
 * @param fit     the estimation whose weights were used: the pooled fit, or the segment's own
 */
public record SegmentIndex(String segment, int size, CsiIndex index, PlsResult fit) {
}
