package dev.csimodel.result;

/**
 * How the outer iteration ended.
 *
 * @param converged   true if the change fell below the tolerance
 * @param iterations  the number of weight updates made (plspm's count)
 * @param finalChange Σ(|w_old| − |w_new|)² of the last update
 */
public record Convergence(boolean converged, int iterations, double finalChange) {
}
