package dev.csimodel.ordinal;

/** Pearson correlation and population SD of columns, with the means subtracted first (two passes, for accuracy). */
final class Pearson {

    private Pearson() {
    }

    static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int r = 0; r < x.length; r++) {
            double dx = x[r] - mx;
            double dy = y[r] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** @return the standard deviation with divisor n */
    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / x.length);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
