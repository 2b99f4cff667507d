package dev.csimodel.spec.syntax;

import java.util.List;

/**
 * One parsed statement: {@code lhs op rhs1 + rhs2 + ...}.
 *
 * @param kind what the operator declares
 * @param lhs  the construct on the left
 * @param rhs  the indicators (blocks) or predictor constructs (paths), as written
 */
record Statement(Kind kind, Name lhs, List<Name> rhs) {

    Statement {
        rhs = List.copyOf(rhs);
    }

    /** The three statement forms of the grammar. */
    enum Kind {
        /** {@code =~}: a Mode A block. */
        BLOCK_A,
        /** {@code <~}: a Mode B block. */
        BLOCK_B,
        /** {@code ~}: structural paths from each right-hand construct to the left-hand one. */
        PATH
    }

    boolean isBlock() {
        return kind != Kind.PATH;
    }
}
