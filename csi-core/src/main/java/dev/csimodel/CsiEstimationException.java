package dev.csimodel;

/**
 * The estimation failed: no convergence (when the settings make it an error), a singular
 * system, or an inadmissible solution in strict mode.
 */
public class CsiEstimationException extends CsiException {
    private static final long serialVersionUID = 1L;

    public CsiEstimationException(String message) {
        super(message);
    }

    public CsiEstimationException(String message, Throwable cause) {
        super(message, cause);
    }
}
