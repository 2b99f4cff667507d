package dev.csimodel.moderation;

import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.spec.InteractionTerm;

import java.util.List;

/**
 * Simple slopes and the floodlight of one interaction path {@code X:M -> Y}: the effect of the
 * independent variable X on Y at moderator levels M = −1, 0 and +1 SD, and across the floodlight
 * range with the Johnson-Neyman boundaries (Johnson and Neyman 1936; Spiller et al. 2013, the
 * "floodlight"): the levels where the slope's bootstrap interval starts or stops excluding 0,
 * interpolated linearly between adjacent levels of the range.
 *
 * @param term          the interaction term, {@code X:M}
 * @param target        Y
 * @param interaction   bootstrap inference of the term's standardised path
 * @param slopeChange   the change of the slope per SD of the moderator, k·c of {@link SimpleSlope#slope()}
 * @param low           the slope at −1 SD
 * @param mean          the slope at the mean (β_X)
 * @param high          the slope at +1 SD
 * @param floodlight    the slopes at the floodlight levels, lowest first
 * @param johnsonNeyman the moderator levels (SD from the mean) where significance changes, in
 *                      increasing order; empty if it never changes within the range
 */
public record SimpleSlopes(InteractionTerm term, String target, BootstrapEstimate interaction, double slopeChange,
                           SimpleSlope low, SimpleSlope mean, SimpleSlope high, List<SimpleSlope> floodlight,
                           List<Double> johnsonNeyman) {

    /**
     * Copies the floodlight and Johnson-Neyman lists.
     * @param term the interaction term, {@code X:M}
     * @param target Y
     * @param interaction bootstrap inference of the term's standardised path
     * @param slopeChange the change of the slope per SD of the moderator, k·c of {@link SimpleSlope#slope()}
     * @param low the slope at −1 SD
     * @param mean the slope at the mean (β_X)
     * @param high the slope at +1 SD
     * @param floodlight the slopes at the floodlight levels, lowest first
     * @param johnsonNeyman the moderator levels (SD from the mean) where significance changes, in
     * increasing order; empty if it never changes within the range
     */
    public SimpleSlopes {
        floodlight = List.copyOf(floodlight);
        johnsonNeyman = List.copyOf(johnsonNeyman);
    }

    /** @return X, the construct whose effect is moderated (the term's first factor) */
    public String independent() {
        return term.first();
    }

    /** @return M, the moderator (the term's second factor; X itself for a quadratic term) */
    public String moderator() {
        return term.second();
    }
}
