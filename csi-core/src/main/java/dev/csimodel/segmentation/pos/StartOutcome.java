package dev.csimodel.segmentation.pos;

import java.util.List;

/**
 * What one random start of the hill climb ended with.
 *
 * @param labels     the segment of each row (null if the start found no estimable partition)
 * @param objective  Σ_k Σ_b R²_bk of the final partition (−∞ if none)
 * @param iterations hill-climbing passes run
 * @param converged  whether the last pass found no improving move
 * @param history    the objective before the first pass and after each pass
 * @param trialMoves the moves tried (each re-estimating two segments), accepted or not
 */
record StartOutcome(int[] labels, double objective, int iterations, boolean converged, List<Double> history,
                    long trialMoves) {

    static StartOutcome failed() {
        return new StartOutcome(null, Double.NEGATIVE_INFINITY, 0, false, List.of(), 0);
    }

    boolean feasible() {
        return labels != null;
    }
}
