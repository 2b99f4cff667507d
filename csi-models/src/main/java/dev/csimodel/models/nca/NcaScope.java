package dev.csimodel.models.nca;

import dev.csimodel.CsiDataException;

/**
 * The scope of an NCA: the rectangle {@code [xLow, xHigh] × [yLow, yHigh]} within which the
 * ceiling zone is measured; the effect size is {@code d = ceiling zone / area} (Dul 2016, eq. 2).
 *
 * @param xLow  lowest condition value
 * @param xHigh highest condition value
 * @param yLow  lowest outcome value
 * @param yHigh highest outcome value
 */
public record NcaScope(double xLow, double xHigh, double yLow, double yHigh) {

    /** The theoretical bounds of a 0-100 score. */
    static final double SCORE_LOW = 0;
    static final double SCORE_HIGH = 100;

    /**
     * Validates the components.
     *
     * @param xLow lowest condition value
     * @param xHigh highest condition value
     * @param yLow lowest outcome value
     * @param yHigh highest outcome value
     */
    public NcaScope {
        if (!(xLow <= xHigh) || !(yLow <= yHigh)) {
            throw new CsiDataException("an NCA scope needs low <= high, got x [" + xLow + ", " + xHigh
                    + "], y [" + yLow + ", " + yHigh + "]");
        }
    }

    /**
     * @param x the condition's values
     * @param y the outcome's values
     * @return the observed minimum and maximum of {@code x} and {@code y}
     */
    public static NcaScope empirical(double[] x, double[] y) {
        return new NcaScope(min(x), max(x), min(y), max(y));
    }

    /**
     * @param low the theoretical lowest value of both (0 for a 0-100 score)
     * @param high the theoretical highest value of both (100 for a 0-100 score)
     * @param x the condition's values
     * @param y the outcome's values
     * @return {@code [low, high]²} extended to any observed value outside it, as the NCA package
     *         extends a theoretical scope to the data
     */
    public static NcaScope theoretical(double low, double high, double[] x, double[] y) {
        return new NcaScope(Math.min(low, min(x)), Math.max(high, max(x)), Math.min(low, min(y)),
                Math.max(high, max(y)));
    }

    static NcaScope of(ScopeKind kind, double[] x, double[] y) {
        return kind == ScopeKind.EMPIRICAL ? empirical(x, y) : theoretical(SCORE_LOW, SCORE_HIGH, x, y);
    }

    /** @return {@code (xHigh − xLow) · (yHigh − yLow)} */
    public double area() {
        return (xHigh - xLow) * (yHigh - yLow);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
