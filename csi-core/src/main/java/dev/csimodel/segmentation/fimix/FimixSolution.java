package dev.csimodel.segmentation.fimix;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSolution;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The best FIMIX-PLS solution found for one number of segments K. Segments are numbered by
 * decreasing mixing proportion (the EM's own labels are arbitrary).
 *
 * @param criteria       lnL and the retention criteria, with N_K = RetentionCriteria.structuralParameters
 * @param segments       the mixture's segments, largest first
 * @param solution       the memberships (posterior probabilities) and the model re-estimated by PLS on
 *                       each segment's hard-assigned rows
 * @param converged      whether the best start met the tolerance before the iteration limit
 * @param iterations     EM iterations of the best start
 * @param starts         starts run for this K
 * @param discarded      starts discarded as degenerate (a segment below the minimum share, a collapsed
 *                       variance or a singular regression)
 */
public record FimixSolution(RetentionCriteria criteria, List<FimixSegment> segments, SegmentSolution solution,
                            boolean converged, int iterations, int starts, int discarded) {

    /**
     * Validates and copies.
     *
     * @param criteria lnL and the retention criteria, with N_K = RetentionCriteria.structuralParameters
     * @param segments the mixture's segments, largest first
     * @param solution the memberships (posterior probabilities) and the model re-estimated by PLS on each segment's hard-assigned rows
     * @param converged whether the best start met the tolerance before the iteration limit
     * @param iterations EM iterations of the best start
     * @param starts starts run for this K
     * @param discarded starts discarded as degenerate (a segment below the minimum share, a collapsed variance or a singular regression)
     */
    public FimixSolution {
        Arguments.requireNonNull(criteria, "criteria");
        Arguments.requireNonNull(segments, "segments");
        Arguments.requireNonNull(solution, "solution");
        segments = List.copyOf(segments);
        if (segments.size() != solution.segmentCount() || criteria.segments() != segments.size()) {
            throw new CsiSpecificationException("a FIMIX solution needs the same K for its criteria, segments and "
                    + "re-estimate");
        }
    }

    /** @return K */
    public int segmentCount() {
        return segments.size();
    }

    /** @return lnL of the solution */
    public double logLikelihood() {
        return criteria.logLikelihood();
    }

    /** @return the posterior memberships */
    public Memberships memberships() {
        return solution.memberships();
    }

    /** @return the number of rows assigned to each segment (most probable segment), in segment order */
    public List<Integer> segmentSizes() {
        Memberships m = solution.memberships();
        return IntStream.range(0, m.segmentCount()).mapToObj(k -> m.rowsOf(k).length).toList();
    }

    /**
     * @param segment the segment, from 0
     * @return that segment of the mixture
     */
    public FimixSegment segment(int segment) {
        return segments.get(segment);
    }
}
