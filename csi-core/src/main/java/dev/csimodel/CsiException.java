package dev.csimodel;

/**
 * Root of every exception the library throws on purpose. Unchecked: bad input is a programming
 * or data error the caller usually cannot recover from locally, and a checked exception would
 * burden every call site.
 *
 * <p>Subclasses say the cause: {@link CsiSpecificationException} (the model is wrong),
 * {@link CsiDataException} (the data does not fit the model), {@link CsiEstimationException}
 * (the estimation itself failed or was judged inadmissible). Messages always name the culprit
 * (construct, indicator, file, line or column).
 */
public class CsiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     * @param message what went wrong, naming the culprit
     */
    public CsiException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     * @param message what went wrong, naming the culprit
     * @param cause the underlying failure
     */
    public CsiException(String message, Throwable cause) {
        super(message, cause);
    }
}
