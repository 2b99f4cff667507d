package dev.csimodel;

/** The model specification is invalid: unknown or duplicated construct, cycle, bad setting. */
public class CsiSpecificationException extends CsiException {
    private static final long serialVersionUID = 1L;

    public CsiSpecificationException(String message) {
        super(message);
    }

    public CsiSpecificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
