package dev.csimodel.models.disconfirmation;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;

/**
 * Expectation and perceived performance of one attribute, on the same scale (e.g. the mean of
 * 1-7 ratings of "what I expected" and "what I got").
 *
 * <p>The constructor throws {@link CsiSpecificationException} if the name is blank.
 * <p>The constructor throws {@link CsiDataException} if E or P is not finite (message names the
 * attribute).
 *
 * @param attribute   the attribute's name, not blank
 * @param expectation expectation E, finite
 * @param performance perceived performance P, finite
 */
public record AttributeRating(String attribute, double expectation, double performance) {

    /**
     * Requires a non-blank attribute name and finite expectation and performance ratings.
     * @param attribute the attribute's name, not blank
     * @param expectation expectation E, finite
     * @param performance perceived performance P, finite
     */
    public AttributeRating {
        if (attribute == null || attribute.isBlank()) {
            throw new CsiSpecificationException("attribute name must not be blank");
        }
        if (!Double.isFinite(expectation)) {
            throw new CsiDataException("attribute '" + attribute + "': expectation is " + expectation);
        }
        if (!Double.isFinite(performance)) {
            throw new CsiDataException("attribute '" + attribute + "': performance is " + performance);
        }
    }
}
