package dev.csimodel.models.nca;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The cases of one condition in ascending order of x, kept once so that the CE-FDH peers of
 * any arrangement of the outcome (the observed one, or a permutation) take one pass. Ties in x
 * are exact: equal answers give bit-identical 0-100 scores.
 */
final class SortedCases {

    private final int[] order;
    private final double[] x;

    private SortedCases(int[] order, double[] x) {
        this.order = order;
        this.x = x;
    }

    static SortedCases of(double[] x) {
        int[] order = IntStream.range(0, x.length).boxed().sorted(Comparator.comparingDouble(i -> x[i]))
                .mapToInt(Integer::intValue).toArray();
        double[] sorted = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            sorted[k] = x[order[k]];
        }
        return new SortedCases(order, sorted);
    }

    /**
     * The CE-FDH peers of outcome {@code y} (in case order): per run of equal x the highest y,
     * kept when it exceeds every y at smaller x; a peer shared by several cases is listed once
     * per case, as the NCA package lists duplicates (they weigh in the CR-FDH regression).
     *
     * @return {@code {px, py}}, ascending in both
     */
    double[][] peers(double[] y) {
        double[] px = new double[x.length];
        double[] py = new double[x.length];
        int count = 0;
        double running = Double.NEGATIVE_INFINITY;
        int i = 0;
        while (i < x.length) {
            int j = i;
            double top = Double.NEGATIVE_INFINITY;
            while (j < x.length && x[j] == x[i]) {
                top = Math.max(top, y[order[j]]);
                j++;
            }
            if (top > running) {
                for (int k = i; k < j; k++) {
                    if (y[order[k]] == top) {
                        px[count] = x[i];
                        py[count++] = top;
                    }
                }
                running = top;
            }
            i = j;
        }
        return new double[][]{Arrays.copyOf(px, count), Arrays.copyOf(py, count)};
    }

    /**
     * The effect sizes {@code {d_CE, d_CR}} of outcome {@code y} in one pass without building the
     * ceilings, for the permutation test: the CE-FDH zone as {@link StepCeiling#zone} sums it (the
     * full-height strip left of the first peer, then each step's width times the height above
     * it), and the CR-FDH line from the peers' sums (duplicates included, as
     * {@link LineCeiling#of}); the observed d of the test come from this method too, so that a
     * shuffle reproducing the data gives exactly the observed values.
     */
    double[] effects(double[] y, NcaScope s) {
        double zone = 0;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double running = Double.NEGATIVE_INFINITY;
        int i = 0;
        while (i < x.length) {
            int j = i;
            double top = Double.NEGATIVE_INFINITY;
            int ties = 0;
            while (j < x.length && x[j] == x[i]) {
                double v = y[order[j++]];
                if (v > top) {
                    top = v;
                    ties = 1;
                } else if (v == top) {
                    ties++;
                }
            }
            if (top > running) {
                zone += Double.isNaN(lastX) ? (x[i] - s.xLow()) * (s.yHigh() - s.yLow())
                        : (x[i] - lastX) * (s.yHigh() - lastY);
                lastX = x[i];
                lastY = top;
                n += ties;
                sx += ties * x[i];
                sy += ties * top;
                sxx += ties * x[i] * x[i];
                sxy += ties * x[i] * top;
                running = top;
            }
            i = j;
        }
        zone += (s.xHigh() - lastX) * (s.yHigh() - lastY);
        double vxx = sxx - sx * sx / n;
        LineCeiling line = vxx <= 0 ? new LineCeiling(lastY, 0)
                : new LineCeiling(sy / n - (sxy - sx * sy / n) / vxx * (sx / n), (sxy - sx * sy / n) / vxx);
        return new double[]{zone / s.area(), line.zone(s) / s.area()};
    }
}
