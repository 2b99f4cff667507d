package dev.csimodel.models.disconfirmation;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;

/**
 * Disconfirmation of one attribute (Oliver 1980).
 *
 * <p>The constructor throws {@link CsiSpecificationException} if the tolerance is negative or not
 * finite.
 *
 * @param rating    the attribute's expectation E and performance P
 * @param tolerance the half-width of the confirmation band, &ge; 0
 */
public record DisconfirmationResult(AttributeRating rating, double tolerance) {

    /**
     * Relative slack added to the tolerance: P - E carries the rounding of P and E (about
     * 1e-16 times their size), which must not move a difference of exactly {@code tol} (e.g.
     * 4.4 - 3.9 = 0.5000000000000004 with tol 0.5) out of the confirmation band.
     */
    public static final double ROUNDING_SLACK = 1e-12;

    /**
     * Checks the tolerance as {@link ExpectationDisconfirmation} does.
     * @param rating the attribute's expectation E and performance P
     * @param tolerance the half-width of the confirmation band, &ge; 0
     */
    public DisconfirmationResult {
        ExpectationDisconfirmation.checkTolerance(tolerance);
    }

    /** @return the attribute's name */
    public String attribute() {
        return rating.attribute();
    }

    /** @return the disconfirmation {@code D = P - E} */
    public double disconfirmation() {
        return rating.performance() - rating.expectation();
    }

    /**
     * @return POSITIVE if {@code D > tol}, NEGATIVE if {@code D < -tol}, otherwise CONFIRMATION
     *         ({@code |D| <= tol} is confirmation, up to {@link #ROUNDING_SLACK})
     */
    public DisconfirmationType type() {
        double d = disconfirmation();
        double band = tolerance + ROUNDING_SLACK
                * Math.max(1.0, Math.max(Math.abs(rating.performance()), Math.abs(rating.expectation())));
        if (Math.abs(d) <= band) {
            return DisconfirmationType.CONFIRMATION;
        }
        return d > 0 ? DisconfirmationType.POSITIVE : DisconfirmationType.NEGATIVE;
    }

    /** @return satisfaction as the difference {@code S = P - E} (equal to D) */
    public double differenceSatisfaction() {
        return disconfirmation();
    }

    /**
     * Satisfaction as the ratio {@code S = P / E}: above 1 when expectations are exceeded. Only
     * meaningful on a ratio scale with a positive expectation.
     *
     * @return P / E
     * @throws CsiDataException if {@code E <= 0} (message names the attribute)
     */
    public double ratioSatisfaction() {
        if (rating.expectation() <= 0.0) {
            throw new CsiDataException("attribute '" + attribute()
                    + "': ratio satisfaction P / E needs a positive expectation, got E = "
                    + rating.expectation());
        }
        return rating.performance() / rating.expectation();
    }
}
