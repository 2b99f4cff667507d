package dev.csimodel.spec.syntax;

/** The lexical classes of the model syntax. */
enum TokenKind {
    /** A construct or indicator name. */
    NAME,
    /** Something starting with a digit: a lavaan fixed value or start value, never a name here. */
    NUMBER,
    /** {@code =~}. */
    MEASURE,
    /** {@code <~}. */
    COMPOSE,
    /** {@code ~}. */
    REGRESS,
    /** A run of operator characters that is none of the three operators above. */
    UNKNOWN_OPERATOR,
    /** {@code :}, joining the two factors of an interaction term ({@code IMAG:VAL}). */
    COLON,
    /** {@code +}. */
    PLUS,
    /** {@code *}, which lavaan uses for modifiers. */
    STAR,
    /** {@code ;}. */
    SEMICOLON,
    /** {@code [}, opening a block's outer mode ({@code SAT <~ [unit] sat1 + sat2}). */
    LBRACKET,
    /** {@code ]}, closing a block's outer mode. */
    RBRACKET,
    /** A line break. */
    NEWLINE,
    /** A character the grammar has no use for. */
    ILLEGAL,
    /** The end of the text. */
    END;

    boolean isOperator() {
        return this == MEASURE || this == COMPOSE || this == REGRESS || this == UNKNOWN_OPERATOR;
    }

    boolean endsStatement() {
        return this == SEMICOLON || this == NEWLINE || this == END;
    }
}
