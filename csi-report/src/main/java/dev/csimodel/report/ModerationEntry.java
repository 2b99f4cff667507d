package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The moderation analysis of a model with interaction terms (JSON {@code moderation}, see
 * {@code docs/json-report.md}).
 *
 * @param method       {@code two-stage}, {@code product-indicator} or {@code orthogonal}
 * @param interactions one entry per interaction path, model order
 */
public record ModerationEntry(String method, List<InteractionEntry> interactions) {

    /**
     * Validates the components.
     *
     * @param method {@code two-stage}, {@code product-indicator} or {@code orthogonal}
     * @param interactions one entry per interaction path, model order
     */
    public ModerationEntry {
        interactions = List.copyOf(interactions);
    }

    /**
     * One interaction path {@code X:M -> Y}.
     *
     * @param term                 {@code X:M}
     * @param target               Y
     * @param independent          X
     * @param moderator            M
     * @param coefficient          the standardised path of the term (also in {@code paths})
     * @param seminrCoefficient    seminr's rescaled path, coefficient / scaleFactor
     * @param scaleFactor          seminr's scale factor a of the interaction score
     * @param independentCoefficient the path X -> Y (the slope at the moderator's mean)
     * @param moderatorCoefficient the path M -> Y (for the plot's intercepts)
     * @param quadratic            true for a term X:X
     * @param slopes               the simple slopes at −1, 0, +1 SD of the moderator
     * @param floodlight           slopes from −3 to +3 SD with bootstrap intervals, with {@code --bootstrap} (else absent)
     * @param johnsonNeyman        moderator levels where the slope's interval starts or stops
     *                             excluding 0, with {@code --bootstrap} (else absent)
     */
    public record InteractionEntry(String term, String target, String independent, String moderator,
                                   Double coefficient, Double seminrCoefficient, Double scaleFactor,
                                   Double independentCoefficient, Double moderatorCoefficient, boolean quadratic,
                                   List<SlopeEntry> slopes,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<SlopeEntry> floodlight,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<Double> johnsonNeyman) {
    }

    /**
     * The slope of X at one moderator level.
     *
     * @param level    the moderator level, SD from its mean
     * @param slope    the effect of X on Y there
     * @param stdError bootstrap SE (null without {@code --bootstrap})
     * @param lower    lower interval bound (null without {@code --bootstrap} or when withheld)
     * @param upper    upper interval bound (null likewise)
     */
    public record SlopeEntry(double level, Double slope, Double stdError, Double lower, Double upper) {
    }
}
