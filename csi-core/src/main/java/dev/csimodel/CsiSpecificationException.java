package dev.csimodel;

/** The model specification is invalid: unknown or duplicated construct, cycle, bad setting. */
public class CsiSpecificationException extends CsiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     * @param message what is wrong with the model, settings or argument, naming it
     */
    public CsiSpecificationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     * @param message what is wrong with the model, settings or argument, naming it
     * @param cause the underlying failure
     */
    public CsiSpecificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
