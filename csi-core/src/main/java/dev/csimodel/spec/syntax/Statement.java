package dev.csimodel.spec.syntax;

import java.util.List;

/**
 * One parsed statement: {@code lhs op [mode] rhs1 + rhs2 + ...}.
 *
 * @param kind         what the operator declares
 * @param lhs          the construct on the left
 * @param rhs          the indicators (blocks) or predictor constructs (paths), as written
 * @param mode         the outer mode written in brackets after a block's operator ({@code [unit]}),
 *                     or null when the block takes its operator's default (see {@link BlockMode})
 * @param interactions the interaction terms among a path statement's predictors ({@code A:B}),
 *                     as written; always empty for blocks
 */
record Statement(Kind kind, Name lhs, List<Name> rhs, Name mode, List<InteractionName> interactions) {

    Statement {
        rhs = List.copyOf(rhs);
        interactions = List.copyOf(interactions);
    }

    /** A statement without an outer mode in brackets or interaction terms. */
    Statement(Kind kind, Name lhs, List<Name> rhs) {
        this(kind, lhs, rhs, null, List.of());
    }

    /**
     * An interaction term {@code first:second} as written.
     *
     * @param first  the name before the colon
     * @param second the name after it
     */
    record InteractionName(Name first, Name second) {
        String text() {
            return first.text() + ":" + second.text();
        }
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
