package dev.csimodel.ordinal;

import dev.csimodel.CsiEstimationException;

/**
 * The estimated polychoric/polyserial correlation matrix is not positive definite, and
 * smoothing was not asked for ({@link OrdinalSettings#withSmoothing(boolean)}). Pairwise
 * estimates need not form a valid correlation matrix (Wothke 1993), and PLS on such a matrix can
 * give composites with negative variance.
 */
public class NotPositiveDefiniteException extends CsiEstimationException {
    private static final long serialVersionUID = 1L;

    private final double smallestEigenvalue;

    /**
     * @param message            what was found, naming the smallest eigenvalue
     * @param smallestEigenvalue the smallest eigenvalue of the estimated matrix
     */
    public NotPositiveDefiniteException(String message, double smallestEigenvalue) {
        super(message);
        this.smallestEigenvalue = smallestEigenvalue;
    }

    /** @return the smallest eigenvalue of the estimated matrix (zero or negative) */
    public double smallestEigenvalue() {
        return smallestEigenvalue;
    }
}
