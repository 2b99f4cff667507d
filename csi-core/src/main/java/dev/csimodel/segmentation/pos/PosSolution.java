package dev.csimodel.segmentation.pos;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSolution;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The PLS-POS solution for one number of segments K: the best of the random starts.
 * Segments are numbered from 0 by decreasing size (the earlier row first on a tie).
 *
 * @param segments        K
 * @param memberships     the hard partition (probabilities 0 or 1)
 * @param objective       Becker et al.'s objective Σ_k Σ_b R²_bk of the partition, as the hill
 *                        climb computed it from the segments' moments; equal, up to rounding, to
 *                        the sum of the R² in {@link #solution()}
 * @param iterations      hill-climbing passes of the winning start
 * @param converged       whether the winning start ended on a pass without an improving move
 *                        (rather than at the maximum number of passes)
 * @param objectiveHistory the winning start's objective before its first pass and after each pass
 *                        (never decreasing)
 * @param trialMoves      the moves the winning start tried, each re-estimating the two segments it
 *                        touches from their moments (the bulk of the cost)
 * @param startObjectives the final objective of every start in start order, empty for a start
 *                        that found no estimable partition
 * @param solution        the model re-estimated by PLS on each segment's rows
 * @param criteria        the retention criteria of the partition's classification likelihood
 *                        (see {@link PosEstimator})
 */
public record PosSolution(int segments, Memberships memberships, double objective, int iterations, boolean converged,
                          List<Double> objectiveHistory, long trialMoves, List<OptionalDouble> startObjectives,
                          SegmentSolution solution, RetentionCriteria criteria) {

    /** Validates and copies. */
    public PosSolution {
        Arguments.requireNonNull(memberships, "memberships");
        Arguments.requireNonNull(objectiveHistory, "objectiveHistory");
        Arguments.requireNonNull(startObjectives, "startObjectives");
        Arguments.requireNonNull(solution, "solution");
        Arguments.requireNonNull(criteria, "criteria");
        objectiveHistory = List.copyOf(objectiveHistory);
        startObjectives = List.copyOf(startObjectives);
        if (memberships.segmentCount() != segments || solution.segmentCount() != segments) {
            throw new CsiSpecificationException("a " + segments + "-segment solution with "
                    + memberships.segmentCount() + " membership columns and " + solution.segmentCount() + " fits");
        }
    }

    /** @return K */
    public int segmentCount() {
        return segments;
    }

    /** @return lnL behind the retention criteria */
    public double logLikelihood() {
        return criteria.logLikelihood();
    }

    /** @return the number of rows in each segment, in segment order (decreasing) */
    public List<Integer> segmentSizes() {
        return java.util.stream.IntStream.range(0, segments).mapToObj(s -> memberships.rowsOf(s).length).toList();
    }

    /**
     * @param segment the segment, from 0
     * @return the number of rows assigned to it
     */
    public int segmentSize(int segment) {
        return memberships.rowsOf(checked(segment)).length;
    }

    /**
     * @param segment the segment, from 0
     * @param from the source construct
     * @param to the target construct
     * @return the path coefficient estimated on the segment's rows
     */
    public double pathCoefficient(int segment, String from, String to) {
        return solution.segmentFit(checked(segment)).pathCoefficient(from, to);
    }

    /**
     * @param segment the segment, from 0
     * @param construct an endogenous construct
     * @return its R² in the segment, empty for an exogenous construct
     */
    public OptionalDouble rSquared(int segment, String construct) {
        return solution.segmentFit(checked(segment)).rSquared(construct);
    }

    private int checked(int segment) {
        if (segment < 0 || segment >= segments) {
            throw new CsiSpecificationException("segment " + segment + " outside 0.." + (segments - 1));
        }
        return segment;
    }
}
