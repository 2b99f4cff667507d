package dev.csimodel;

/** The data cannot be used with the model: missing column, non-finite value, zero variance. */
public class CsiDataException extends CsiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     * @param message what is wrong with the data, naming the file, column, row or indicator
     */
    public CsiDataException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     * @param message what is wrong with the data, naming the file, column, row or indicator
     * @param cause the underlying failure, e.g. an I/O or parse error
     */
    public CsiDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
