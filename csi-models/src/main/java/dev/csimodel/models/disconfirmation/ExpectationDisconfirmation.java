package dev.csimodel.models.disconfirmation;

import dev.csimodel.CsiSpecificationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expectation-disconfirmation analysis (Oliver 1980): per attribute the disconfirmation
 * {@code D = P - E} of perceived performance P against expectation E, classified as
 * {@linkplain DisconfirmationType#POSITIVE positive} ({@code D > tol}),
 * {@linkplain DisconfirmationType#NEGATIVE negative} ({@code D < -tol}) or
 * {@linkplain DisconfirmationType#CONFIRMATION confirmation} ({@code |D| <= tol}), with
 * satisfaction as the difference {@code P - E} or the ratio {@code P / E}.
 *
 * <p>The constructor throws {@link CsiSpecificationException} if the tolerance is negative or not
 * finite.
 *
 * @param tolerance half-width of the confirmation band on the rating scale, finite and &ge; 0
 */
public record ExpectationDisconfirmation(double tolerance) {

    /**
     * Checks that the tolerance is valid.
     * @param tolerance half-width of the confirmation band on the rating scale, finite and &ge; 0
     */
    public ExpectationDisconfirmation {
        checkTolerance(tolerance);
    }

    /** @return an analysis where only {@code P = E} is confirmation */
    public static ExpectationDisconfirmation exact() {
        return new ExpectationDisconfirmation(0.0);
    }

    /**
     * @param newTolerance the confirmation half-width
     * @return a copy with that tolerance
     */
    public ExpectationDisconfirmation withTolerance(double newTolerance) {
        return new ExpectationDisconfirmation(newTolerance);
    }

    /**
     * @param attribute   the attribute's name
     * @param expectation E
     * @param performance P
     * @return the attribute's disconfirmation
     */
    public DisconfirmationResult evaluate(String attribute, double expectation, double performance) {
        return evaluate(new AttributeRating(attribute, expectation, performance));
    }

    /**
     * @param rating an attribute's E and P
     * @return the attribute's disconfirmation
     */
    public DisconfirmationResult evaluate(AttributeRating rating) {
        return new DisconfirmationResult(rating, tolerance);
    }

    /**
     * @param ratings one rating per attribute, names unique
     * @return the results in the given order
     * @throws CsiSpecificationException if an attribute name repeats
     */
    public List<DisconfirmationResult> evaluateAll(List<AttributeRating> ratings) {
        Set<String> seen = new HashSet<>();
        List<DisconfirmationResult> out = new ArrayList<>(ratings.size());
        for (AttributeRating r : ratings) {
            if (!seen.add(r.attribute())) {
                throw new CsiSpecificationException("duplicate attribute '" + r.attribute() + "'");
            }
            out.add(evaluate(r));
        }
        return List.copyOf(out);
    }

    static void checkTolerance(double tolerance) {
        if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
            throw new CsiSpecificationException("disconfirmation tolerance must be finite and >= 0, got "
                    + tolerance);
        }
    }
}
