package dev.csimodel.moderation;

import dev.csimodel.bootstrap.Interval;

import java.util.Optional;

/**
 * The effect of the independent variable on the target at one level of the moderator, with its
 * bootstrap inference.
 *
 * @param level    the moderator's level in standard deviations from its mean (−1, 0, 1 for the
 *                 classic simple slopes; Aiken and West 1991, chapter 2)
 * @param slope    {@code β_X + k·c·level}: β_X the standardised path of the independent variable,
 *                 c the interaction's coefficient per unit of the product of standardised scores
 *                 ({@link InteractionEffect#seminrCoefficient()}), k = 2 for a quadratic term
 *                 (the derivative of {@code β_X·x + c·x²}) and 1 otherwise; other moderators at their means
 * @param stdError the bootstrap standard error
 * @param interval the bootstrap interval of {@link SlopeSettings#intervalMethod()}; empty when
 *                 withheld because most resamples failed
 */
public record SimpleSlope(double level, double slope, double stdError, Optional<Interval> interval) {

    /** @return true if the interval exists and excludes 0 */
    public boolean significant() {
        return interval.isPresent() && !interval.get().contains(0);
    }
}
