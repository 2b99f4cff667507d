package dev.csimodel.report;

import java.util.List;

/**
 * How {@code --ordinal} estimated the indicator correlations (ordinal PLS, Schuberth, Henseler
 * and Dijkstra 2018).
 *
 * @param indicators         the indicators treated as ordinal, in model order
 * @param correlations       the kinds of indicator correlation used: {@code polychoric} (two ordinal
 *                           indicators), {@code polyserial} (ordinal and continuous), {@code pearson}
 *                           (two continuous)
 * @param smoothing          whether {@code --ordinal-smoothing} allowed smoothing a matrix that is not
 *                           positive definite
 * @param smoothed           whether the matrix was smoothed
 * @param smallestEigenvalue the smallest eigenvalue of the estimated matrix (before smoothing)
 * @param scores             why the report has no construct scores, 0-100 indices or importance-performance map
 */
public record OrdinalEntry(List<String> indicators, List<String> correlations, boolean smoothing, boolean smoothed,
                           Double smallestEigenvalue, String scores) {

    /**
     * Validates the components.
     *
     * @param indicators the indicators treated as ordinal, in model order
     * @param correlations the kinds of indicator correlation used: {@code polychoric} (two ordinal indicators), {@code polyserial} (ordinal and continuous), {@code pearson} (two continuous)
     * @param smoothing whether {@code --ordinal-smoothing} allowed smoothing a matrix that is not positive definite
     * @param smoothed whether the matrix was smoothed
     * @param smallestEigenvalue the smallest eigenvalue of the estimated matrix (before smoothing)
     * @param scores why the report has no construct scores, 0-100 indices or importance-performance map
     */
    public OrdinalEntry {
        indicators = List.copyOf(indicators);
        correlations = List.copyOf(correlations);
    }

    /** @return the settings-line text, e.g. "polychoric indicator correlations (27 ordinal indicators); no scores or 0-100 indices" */
    String describe() {
        return String.join("/", correlations) + " indicator correlations (" + indicators.size() + " ordinal indicator"
                + (indicators.size() == 1 ? "" : "s") + (smoothed ? ", smoothed" : "")
                + "); no construct scores or 0-100 indices";
    }
}
