package dev.csimodel.spec.syntax;

import dev.csimodel.CsiSpecificationException;

/**
 * The model syntax text is malformed at a known place. The message reads
 * {@code "line L, column C: expected X but found Y"}; lines and columns are 1-based and columns
 * count Unicode code points (a Chinese character or a tab is one column).
 */
public class ModelSyntaxException extends CsiSpecificationException {
    private static final long serialVersionUID = 1L;

    /**
     * The 1-based line of the error.
     */
    private final int line;
    /**
     * The 1-based column of the error, in code points.
     */
    private final int column;
    /**
     * What was expected and what was found.
     */
    private final String detail;

    ModelSyntaxException(int line, int column, String detail) {
        super(prefix(line, column) + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    ModelSyntaxException(int line, int column, String detail, Throwable cause) {
        super(prefix(line, column) + detail, cause);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** @return an exception saying what was expected at {@code token} and what it is */
    static ModelSyntaxException expected(Token token, String expected) {
        return new ModelSyntaxException(token.line(), token.column(),
                "expected " + expected + " but found " + token.describe());
    }

    /** @return an exception at {@code name}'s position */
    static ModelSyntaxException at(Name name, String detail) {
        return new ModelSyntaxException(name.line(), name.column(), detail);
    }

    /** @return the 1-based line of the offending text */
    public int line() {
        return line;
    }

    /** @return the 1-based column (in code points) of the offending text */
    public int column() {
        return column;
    }

    /** @return the message without its {@code "line L, column C: "} prefix */
    public String detail() {
        return detail;
    }

    private static String prefix(int line, int column) {
        return "line " + line + ", column " + column + ": ";
    }
}
