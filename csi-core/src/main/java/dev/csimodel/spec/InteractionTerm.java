package dev.csimodel.spec;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

/**
 * The product of two constructs used as a predictor: a moderation ({@code IMAG:VAL}, the effect
 * of one construct depending on the level of the other; Baron and Kenny 1986) or, when both are
 * the same construct, a quadratic effect ({@code VAL:VAL}). {@code A:B} and {@code B:A} are the
 * same term; the order written is kept (the first is read as the independent variable, the
 * second as the moderator).
 *
 * @param first  the independent variable (first factor)
 * @param second the moderator (second factor), equal to {@code first} for a quadratic term
 */
public record InteractionTerm(String first, String second) {

    /** The separator of the syntax, {@code IMAG:VAL} (after R's formula notation). */
    public static final String SEPARATOR = ":";

    /**
     * @throws CsiSpecificationException if a name is null or blank
     * @param first the independent variable (first factor)
     * @param second the moderator (second factor), equal to {@code first} for a quadratic term
     */
    public InteractionTerm {
        Arguments.requireNonNull(first, "first");
        Arguments.requireNonNull(second, "second");
        PathModelBuilder.requireName(first, "construct in an interaction term");
        PathModelBuilder.requireName(second, "construct in an interaction term");
    }

    /** @return the name of the term's construct, {@code first:second} */
    public String name() {
        return first + SEPARATOR + second;
    }

    /** @return true if both factors are the same construct (a quadratic effect) */
    public boolean isQuadratic() {
        return first.equals(second);
    }

    /**
     * @return true if {@code construct} is one of the two factors
     * @param construct a construct name
     */
    public boolean involves(String construct) {
        Arguments.requireNonNull(construct, "construct");
        return first.equals(construct) || second.equals(construct);
    }

    /**
     * @return true if {@code other} is the same product, whatever the order of its factors
     * @param other another interaction term
     */
    public boolean sameProduct(InteractionTerm other) {
        Arguments.requireNonNull(other, "other");
        return equals(other) || first.equals(other.second) && second.equals(other.first);
    }

    @Override
    public String toString() {
        return name();
    }
}
