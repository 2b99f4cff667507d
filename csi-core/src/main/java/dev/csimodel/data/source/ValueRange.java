package dev.csimodel.data.source;

import dev.csimodel.CsiDataException;

/**
 * The smallest and largest answer a source declares for a column (for an SPSS file, the
 * smallest and largest value carrying a value label that is not a missing code): the scale
 * end-points when the caller gives none.
 *
 * @param min the lower end-point
 * @param max the upper end-point, not below {@code min}
 */
public record ValueRange(double min, double max) {

    /**
     * @param min the lower end-point
     * @param max the upper end-point
     * @throws CsiDataException if an end-point is not finite or {@code max < min}
     */
    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new CsiDataException("value range [" + min + ", " + max + "]: end-points must be finite, min <= max");
        }
    }
}
