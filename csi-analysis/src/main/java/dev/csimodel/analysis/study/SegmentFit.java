package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.result.PlsResult;

import java.util.List;
import java.util.Optional;

/**
 * One segment's own estimate, or why it has none.
 *
 * @param label    the segment's label
 * @param rows     the segment's rows in the data (before missing-data handling)
 * @param fit      its estimate; empty if it was skipped
 * @param index    its 0-100 indices (with a scale): from its own weights, or from the whole
 *                 sample's ({@link dev.csimodel.models.index.SegmentStrategy#POOLED})
 * @param weights  the case weights of the rows its fit used, when weighted
 * @param warnings its own warnings (e.g. an undefined index)
 * @param skipped  why the segment could not be estimated (too few rows, a constant column)
 */
public record SegmentFit(String label, int rows, Optional<PlsResult> fit, Optional<CsiIndex> index,
                         Optional<WeightSummary> weights, List<StudyWarning> warnings, Optional<String> skipped) {

    /**
     * Copies the list; exactly one of fit and skipped is present.
     *
     * @param label    the segment's label
     * @param rows     the segment's rows in the data (before missing-data handling)
     * @param fit      its estimate; empty if it was skipped
     * @param index    its 0-100 indices (with a scale): from its own weights, or from the whole sample's ({@link dev.csimodel.models.index.SegmentStrategy#POOLED})
     * @param weights  the case weights of the rows its fit used, when weighted
     * @param warnings its own warnings (e.g. an undefined index)
     * @param skipped  why the segment could not be estimated (too few rows, a constant column)
     */
    public SegmentFit {
        Arguments.requireNonNull(label, "label");
        warnings = List.copyOf(warnings);
        if (fit.isPresent() == skipped.isPresent()) {
            throw new IllegalArgumentException("a segment has either a fit or a reason it has none");
        }
    }

    /** @return the fit of a segment */
    static SegmentFit estimated(String label, int rows, PlsResult fit, Optional<CsiIndex> index,
                                Optional<WeightSummary> weights) {
        return new SegmentFit(label, rows, Optional.of(fit), index, weights,
                StudyWarnings.undefinedIndices(index), Optional.empty());
    }

    /** @return a segment that could not be estimated, with the reason */
    static SegmentFit skipped(String label, int rows, String reason) {
        return new SegmentFit(label, rows, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(reason));
    }
}
