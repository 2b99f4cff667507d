package dev.csimodel.spec.syntax;

/**
 * A construct or indicator name as written in the text, with where it was written so that
 * semantic errors found after parsing can still point at it.
 *
 * @param text   the name
 * @param line   1-based line
 * @param column 1-based column in code points
 */
record Name(String text, int line, int column) {

    /** @return "line L, column C", for messages that refer back to an earlier occurrence */
    String where() {
        return "line " + line + ", column " + column;
    }
}
