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
}
