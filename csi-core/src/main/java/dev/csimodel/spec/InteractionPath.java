package dev.csimodel.spec;

import dev.csimodel.Arguments;

/**
 * A structural path from an interaction term to a construct: {@code SAT ~ IMAG + VAL + IMAG:VAL}
 * holds the paths IMAG -> SAT and VAL -> SAT and the interaction path IMAG:VAL -> SAT.
 *
 * @param term the interaction (product) term
 * @param to   the dependent construct
 */
public record InteractionPath(InteractionTerm term, String to) {

    /**
     * Requires the term and the target construct.
     * @param term the interaction (product) term
     * @param to the dependent construct
     */
    public InteractionPath {
        Arguments.requireNonNull(term, "term");
        Arguments.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return term.name() + " -> " + to;
    }
}
