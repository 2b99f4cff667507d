package dev.csimodel;

/**
 * The estimation failed: no convergence (when the settings make it an error), a singular
 * system, or an inadmissible solution in strict mode.
 */
public class CsiEstimationException extends CsiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     * @param message why the estimation failed, naming the construct or step
     */
    public CsiEstimationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     * @param message why the estimation failed, naming the construct or step
     * @param cause the underlying failure
     */
    public CsiEstimationException(String message, Throwable cause) {
        super(message, cause);
    }
}
