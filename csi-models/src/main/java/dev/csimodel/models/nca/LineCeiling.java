package dev.csimodel.models.nca;

/**
 * The CR-FDH ceiling: the OLS line {@code c(x) = a + b·x} of the CE-FDH peers' y on their x
 * (Dul 2016, section "Ceiling regression"). With a single distinct peer there is no line to fit;
 * the ceiling is then the horizontal line through that peer (zone 0 in the empirical scope, as
 * the NCA package's ceiling zone 0, and no level of the condition required).
 *
 * @param intercept a
 * @param slope     b, positive for two or more distinct peers (they rise in both x and y)
 */
public record LineCeiling(double intercept, double slope) implements Ceiling {

    /** Tolerance above the line below which a case still counts as on it (the NCA package's 1e-7). */
    static final double ABOVE_TOLERANCE = 1e-7;

    /** @param peers {@code {px, py}} with duplicates, as {@link SortedCases#peers} */
    static LineCeiling of(double[][] peers) {
        double[] x = peers[0];
        double[] y = peers[1];
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += x[k];
            my += y[k];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k < n; k++) {
            sxx += (x[k] - mx) * (x[k] - mx);
            sxy += (x[k] - mx) * (y[k] - my);
        }
        if (sxx == 0) {
            return new LineCeiling(y[n - 1], 0);
        }
        double b = sxy / sxx;
        return new LineCeiling(my - b * mx, b);
    }

    @Override
    public CeilingMethod method() {
        return CeilingMethod.CR_FDH;
    }

    @Override
    public double value(double x) {
        return intercept + slope * x;
    }

    /** @return {@code (y − a) / b}; for a horizontal line {@code -∞} up to a, {@code +∞} above */
    @Override
    public double requiredX(double y) {
        if (slope == 0) {
            return y <= intercept + StepCeiling.EPSILON ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return (y - intercept) / slope;
    }

    /**
     * @return the area of the scope above the line clipped to [yLow, yHigh]: full height where the
     *         line is below the scope, {@code ∫ (yHigh − a − b·x) dx} where it crosses it, nothing
     *         where it is above
     */
    @Override
    public double zone(NcaScope s) {
        double height = s.yHigh() - s.yLow();
        if (slope == 0) {
            return (s.xHigh() - s.xLow()) * (s.yHigh() - Math.min(s.yHigh(), Math.max(s.yLow(), intercept)));
        }
        double atLow = clip((s.yLow() - intercept) / slope, s);
        double atHigh = clip((s.yHigh() - intercept) / slope, s);
        double u = Math.min(atLow, atHigh);
        double v = Math.max(atLow, atHigh);
        double below = slope > 0 ? u - s.xLow() : s.xHigh() - v;
        double crossing = (s.yHigh() - intercept) * (v - u) - slope * (v * v - u * u) / 2;
        return below * height + crossing;
    }

    /** @return the number of cases more than 1e-7 above the line */
    int above(double[] x, double[] y) {
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (y[i] - value(x[i]) > ABOVE_TOLERANCE) {
                count++;
            }
        }
        return count;
    }

    private static double clip(double x, NcaScope s) {
        return Math.min(s.xHigh(), Math.max(s.xLow(), x));
    }
}
