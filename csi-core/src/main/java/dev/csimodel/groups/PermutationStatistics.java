package dev.csimodel.groups;

import java.util.Arrays;

/** p-values and quantiles of a permutation distribution of N values. */
final class PermutationStatistics {

    private PermutationStatistics() {
    }

    /** Two-sided: {@code (1 + #{|t*| ≥ |t|}) / (1 + N)}, counting the observed labelling once. */
    static double twoSided(double[] permuted, double observed) {
        int count = 0;
        for (double t : permuted) {
            if (Math.abs(t) >= Math.abs(observed)) {
                count++;
            }
        }
        return (1.0 + count) / (1.0 + permuted.length);
    }

    /** Lower tail: {@code (1 + #{t* ≤ t}) / (1 + N)}. */
    static double lowerTail(double[] permuted, double observed) {
        int count = 0;
        for (double t : permuted) {
            if (t <= observed) {
                count++;
            }
        }
        return (1.0 + count) / (1.0 + permuted.length);
    }

    /**
     * The empirical p-quantile with linear interpolation between order statistics,
     * {@code x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋))} with {@code h = (N − 1)p} (0-based;
     * Hyndman and Fan 1996, type 7, R's default).
     */
    static double quantile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }

    /** Column {@code j} of a {@code [permutation][statistic]} array. */
    static double[] column(double[][] rows, int j) {
        double[] out = new double[rows.length];
        for (int b = 0; b < rows.length; b++) {
            out[b] = rows[b][j];
        }
        return out;
    }
}
