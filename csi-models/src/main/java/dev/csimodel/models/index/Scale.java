package dev.csimodel.models.index;

import dev.csimodel.CsiSpecificationException;

/**
 * The end-points of a questionnaire's response scale, e.g. 1-10 (the ACSI and ECSI norm),
 * 0-10, 1-5 or 1-7. Indices are expressed relative to these end-points, never to the
 * sample's extremes (Fornell et al. 1996).
 *
 * @param min the lowest possible answer
 * @param max the highest possible answer, greater than {@code min}
 */
public record Scale(double min, double max) {

    /** The ten-point scale of the ACSI and ECSI questionnaires. */
    public static final Scale ONE_TO_TEN = new Scale(1, 10);
    /** The eleven-point scale 0-10 (e.g. the ECSI bank survey distributed with plspm). */
    public static final Scale ZERO_TO_TEN = new Scale(0, 10);

    /**
     * @throws CsiSpecificationException if an end-point is not finite or {@code min >= max}
     * @param min the lowest possible answer
     * @param max the highest possible answer, greater than {@code min}
     */
    public Scale {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new CsiSpecificationException("scale end-points must be finite, got [" + min + ", " + max + "]");
        }
        if (!(min < max)) {
            throw new CsiSpecificationException("scale minimum " + min + " must be below its maximum " + max);
        }
    }

    /**
     * @return the scale {@code [min, max]}
     * @param min the lowest possible answer
     * @param max the highest possible answer, greater than {@code min}
     */
    public static Scale of(double min, double max) {
        return new Scale(min, max);
    }

    /** @return {@code max - min} */
    public double range() {
        return max - min;
    }

    /**
     * @return true if {@code value} lies within {@code [min, max]}
     * @param value an answer
     */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * @return {@code (value - min) / (max - min) * 100}, the value on the 0-100 scale
     * @param value an answer within the scale
     */
    public double toHundred(double value) {
        return (value - min) / range() * 100.0;
    }

    @Override
    public String toString() {
        return "[" + min + ", " + max + "]";
    }
}
