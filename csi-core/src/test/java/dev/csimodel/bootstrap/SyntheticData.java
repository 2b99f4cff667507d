package dev.csimodel.bootstrap;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Random;

/** Small generated data sets with a known structure for the bootstrap tests. */
final class SyntheticData {

    private SyntheticData() {
    }

    /** X (x1, x2) -> Y (y1, y2). */
    static PathModel twoBlocks() {
        return PathModel.builder()
                .construct("X").modeA("x1", "x2")
                .construct("Y").modeA("y1", "y2")
                .path("X", "Y").build();
    }

    /**
     * n rows of the two-block model with ξ ~ N(0,1), x_j = ξ + e, y_j = 0.5ξ + e and x1 replaced
     * by {@code x1} when it is given.
     */
    static DataTable twoBlocks(int n, long seed, double[] x1) {
        Random random = new Random(seed);
        double[][] rows = new double[n][4];
        for (int i = 0; i < n; i++) {
            double xi = random.nextGaussian();
            rows[i][0] = x1 == null ? xi + random.nextGaussian() : x1[i];
            rows[i][1] = xi + random.nextGaussian();
            rows[i][2] = 0.5 * xi + random.nextGaussian();
            rows[i][3] = 0.5 * xi + random.nextGaussian();
        }
        return DataTable.ofRows(List.of("x1", "x2", "y1", "y2"), rows);
    }

    /** A (a1, a2 reverse-keyed) -> B (b1, b2, b3). */
    static PathModel reverseKeyed() {
        return PathModel.builder()
                .construct("A").modeA("a1", "a2")
                .construct("B").modeA("b1", "b2", "b3")
                .path("A", "B").build();
    }

    /**
     * ξ, ζ ~ N(0,1), η = 0.5ξ + 0.866ζ, a1 = 0.8ξ + 0.6e, a2 = −0.8ξ + 0.6e, b_j = 0.8η + 0.6e.
     * A's two loadings have opposite signs, so the estimator's majority rule cannot orient A and
     * its sign in a resample follows the sign of corr(a1, B) + corr(a2, B), which is near zero.
     */
    static DataTable reverseKeyed(int n, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][5];
        for (int i = 0; i < n; i++) {
            double xi = random.nextGaussian();
            double eta = 0.5 * xi + Math.sqrt(0.75) * random.nextGaussian();
            rows[i][0] = 0.8 * xi + 0.6 * random.nextGaussian();
            rows[i][1] = -0.8 * xi + 0.6 * random.nextGaussian();
            for (int j = 2; j < 5; j++) {
                rows[i][j] = 0.8 * eta + 0.6 * random.nextGaussian();
            }
        }
        return DataTable.ofRows(List.of("a1", "a2", "b1", "b2", "b3"), rows);
    }
}
