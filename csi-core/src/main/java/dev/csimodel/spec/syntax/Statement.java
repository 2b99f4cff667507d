package dev.csimodel.spec.syntax;

import java.util.List;

/**
 * One parsed statement: {@code lhs op [mode] rhs1 + rhs2 + ...}.
 *
 * @param kind what the operator declares
 * @param lhs  the construct on the left
 * @param rhs  the indicators (blocks) or predictor constructs (paths), as written
 * @param mode the outer mode written in brackets after a block's operator ({@code [unit]}), or
 *             null when the block takes its operator's default (see {@link BlockMode})
 */
record Statement(Kind kind, Name lhs, List<Name> rhs, Name mode) {

    Statement {
        rhs = List.copyOf(rhs);
    }

    /** A statement without an outer mode in brackets. */
    Statement(Kind kind, Name lhs, List<Name> rhs) {
        this(kind, lhs, rhs, null);
    }

    /** The three statement forms of the grammar. */
    enum Kind {
        /** {@code =~}: the block of a common factor (Mode A unless a mode is written). */
        BLOCK_A,
        /** {@code <~}: the block of a composite (Mode B unless a mode is written). */
        BLOCK_B,
        /** {@code ~}: structural paths from each right-hand construct to the left-hand one. */
        PATH
    }

    boolean isBlock() {
        return kind != Kind.PATH;
    }
}
