package dev.csimodel.segmentation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * A K-segment solution: the memberships and the path model re-estimated by PLS on the rows
 * assigned to each segment (the "segment-specific estimation" step that FIMIX-PLS, PLS-POS and
 * REBUS-PLS all end with; Sarstedt et al. 2011, step 3).
 *
 * @param memberships the memberships (hard assignment used for the re-estimation)
 * @param segmentFits the model estimated on each segment's rows, in segment order
 */
public record SegmentSolution(Memberships memberships, List<PlsResult> segmentFits) {

    /**
     * Validates and copies.
     *
     * @param memberships the memberships (hard assignment used for the re-estimation)
     * @param segmentFits the model estimated on each segment's rows, in segment order
     */
    public SegmentSolution {
        Arguments.requireNonNull(memberships, "memberships");
        Arguments.requireNonNull(segmentFits, "segmentFits");
        segmentFits = List.copyOf(segmentFits);
        if (segmentFits.size() != memberships.segmentCount()) {
            throw new CsiSpecificationException(segmentFits.size() + " segment fits for "
                    + memberships.segmentCount() + " segments");
        }
    }

    /**
     * Re-estimates {@code model} on each segment's rows.
     *
     * @param model the path model
     * @param data the rows (the same rows, in the same order, as the memberships)
     * @param memberships the memberships
     * @param estimator the estimator
     * @return the solution
     * @throws CsiEstimationException naming the segment if one is empty or cannot be estimated
     */
    public static SegmentSolution estimate(PathModel model, DataTable data, Memberships memberships,
                                           PlsEstimator estimator) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(memberships, "memberships");
        Arguments.requireNonNull(estimator, "estimator");
        if (memberships.rowCount() != data.rowCount()) {
            throw new CsiSpecificationException(memberships.rowCount() + " memberships for "
                    + data.rowCount() + " rows");
        }
        List<PlsResult> fits = new ArrayList<>();
        for (int s = 0; s < memberships.segmentCount(); s++) {
            fits.add(estimateSegment(model, data, memberships.rowsOf(s), s, estimator));
        }
        return new SegmentSolution(memberships, fits);
    }

    private static PlsResult estimateSegment(PathModel model, DataTable data, int[] rows, int segment,
                                             PlsEstimator estimator) {
        if (rows.length < 2) {
            throw new CsiEstimationException("segment " + (segment + 1) + " has " + rows.length
                    + " row(s): too few to estimate the model");
        }
        try {
            return estimator.estimate(model, data.rows(rows));
        } catch (CsiEstimationException | dev.csimodel.CsiDataException e) {
            throw new CsiEstimationException("segment " + (segment + 1) + " (" + rows.length + " rows): "
                    + e.getMessage(), e);
        }
    }

    /** @return the number of segments K */
    public int segmentCount() {
        return memberships.segmentCount();
    }

    /**
     * @param segment the segment, from 0
     * @return the model estimated on that segment's rows
     */
    public PlsResult segmentFit(int segment) {
        return segmentFits.get(segment);
    }
}
