package dev.csimodel;

/** The data cannot be used with the model: missing column, non-finite value, zero variance. */
public class CsiDataException extends CsiException {
    private static final long serialVersionUID = 1L;

    public CsiDataException(String message) {
        super(message);
    }

    public CsiDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
