package dev.csimodel.segmentation.rebus;

import dev.csimodel.Arguments;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.SegmentSolution;

import java.util.List;

/**
 * The outcome of REBUS-PLS.
 *
 * @param settings           the settings used
 * @param clustering         the global model, its residuals and their dendrogram
 * @param initial            the K classes cut from the dendrogram, where the iteration started
 * @param history            the partition after each reassignment, in order (at least one)
 * @param solution           the final partition and the local model re-estimated on each class
 * @param groupQuality       GQI of the final partition ({@link GroupQualityIndex})
 * @param globalGroupQuality GQI of the global model (one class), for comparison
 * @param converged          true if the last reassignment changed less than
 *                           {@link RebusSettings#stopCriterion()} of the units; false if the
 *                           iteration stopped at {@link RebusSettings#maxIterations()}
 */
public record RebusResult(RebusSettings settings, ResidualClustering clustering, Memberships initial,
                          List<RebusIteration> history, SegmentSolution solution, double groupQuality,
                          double globalGroupQuality, boolean converged) {

    /**
     * Validates and copies.
     *
     * @param settings the settings used
     * @param clustering the global model, its residuals and their dendrogram
     * @param initial the initial partition
     * @param history the partition after each reassignment
     * @param solution the final partition and local models
     * @param groupQuality GQI of the final partition
     * @param globalGroupQuality GQI of the global model
     * @param converged whether the stop criterion was met
     */
    public RebusResult {
        Arguments.requireNonNull(settings, "settings");
        Arguments.requireNonNull(clustering, "clustering");
        Arguments.requireNonNull(initial, "initial");
        Arguments.requireNonNull(history, "history");
        Arguments.requireNonNull(solution, "solution");
        history = List.copyOf(history);
    }

    /** @return the final memberships (a hard partition) */
    public Memberships memberships() {
        return solution.memberships();
    }

    /** @return the number of reassignments made (plspm's {@code iter.ch}) */
    public int iterations() {
        return history.size();
    }

    /** @return the share of units the last reassignment moved */
    public double finalChangeShare() {
        return history.get(history.size() - 1).changedShare();
    }

    /** @return the model estimated on all rows */
    public PlsResult globalFit() {
        return clustering.globalFit();
    }

    /**
     * @param segment the class, from 0
     * @return its local model, estimated on its final rows
     */
    public PlsResult segmentFit(int segment) {
        return solution.segmentFit(segment);
    }
}
