package dev.csimodel.spec.syntax;

import java.util.List;

/**
 * One parsed statement: {@code lhs op rhs1 + rhs2 + ...}.
 *
 * @param kind         what the operator declares
 * @param lhs          the construct on the left
 * @param rhs          the indicators (blocks) or predictor constructs (paths), as written
 * @param interactions the interaction terms among a path statement's predictors ({@code A:B}),
 *                     as written; always empty for blocks
 */
record Statement(Kind kind, Name lhs, List<Name> rhs, List<InteractionName> interactions) {

    Statement {
        rhs = List.copyOf(rhs);
        interactions = List.copyOf(interactions);
    }

    Statement(Kind kind, Name lhs, List<Name> rhs) {
        this(kind, lhs, rhs, List.of());
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
