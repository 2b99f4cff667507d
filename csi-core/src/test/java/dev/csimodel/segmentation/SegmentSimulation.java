package dev.csimodel.segmentation;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Survey data drawn from K segments that share one path model, X1 → Y ← X2, with three
 * reflective indicators per construct, but differ in their path coefficients (and, on request,
 * their loadings): the test bed of the latent-segmentation methods (Sarstedt et al. 2011 design).
 * X1, X2 ~ N(0, 1) independent; Y = b1·X1 + b2·X2 + ζ with Var(ζ) = 1 − b1² − b2²; indicator =
 * λ·construct + ε with Var(ε) = 1 − λ². Rows are written segment after segment; {@link #labels()}
 * gives the true segment of each.
 *
 * @param data the indicators x1_1..x1_3, x2_1..x2_3, y_1..y_3
 * @param labels the true segment of each row, from 0
 */
public record SegmentSimulation(DataTable data, int[] labels) {

    /** The model the data are drawn from (all blocks Mode A). */
    public static final PathModel MODEL = model();

    private static final List<String> NAMES = List.of("x1_1", "x1_2", "x1_3", "x2_1", "x2_2", "x2_3",
            "y_1", "y_2", "y_3");

    private static PathModel model() {
        PathModelBuilder b = PathModel.builder();
        b.construct("X1").block(OuterMode.A, "x1_1", "x1_2", "x1_3");
        b.construct("X2").block(OuterMode.A, "x2_1", "x2_2", "x2_3");
        b.construct("Y").block(OuterMode.A, "y_1", "y_2", "y_3");
        return b.path("X1", "Y").path("X2", "Y").build();
    }

    /**
     * @param seed the random seed
     * @param sizes the number of rows of each segment
     * @param paths for each segment, {b1, b2}
     * @param loading the loading λ of every indicator in every segment
     * @return the simulated survey
     */
    public static SegmentSimulation draw(long seed, int[] sizes, double[][] paths, double loading) {
        double[] loadings = new double[sizes.length];
        java.util.Arrays.fill(loadings, loading);
        return draw(seed, sizes, paths, loadings);
    }

    /**
     * @param seed the random seed
     * @param sizes the number of rows of each segment
     * @param paths for each segment, {b1, b2}
     * @param loadings for each segment, the loading λ of all its indicators
     * @return the simulated survey
     */
    public static SegmentSimulation draw(long seed, int[] sizes, double[][] paths, double[] loadings) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            double b1 = paths[k][0];
            double b2 = paths[k][1];
            double zeta = Math.sqrt(1 - b1 * b1 - b2 * b2);
            for (int i = 0; i < sizes[k]; i++) {
                double x1 = gaussian(random);
                double x2 = gaussian(random);
                double y = b1 * x1 + b2 * x2 + zeta * gaussian(random);
                rows.add(indicators(random, loadings[k], x1, x2, y));
                labels.add(k);
            }
        }
        return new SegmentSimulation(DataTable.ofRows(NAMES, rows.toArray(new double[0][])),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double[] indicators(SplittableRandom random, double loading, double... constructs) {
        double noise = Math.sqrt(1 - loading * loading);
        double[] row = new double[3 * constructs.length];
        for (int c = 0; c < constructs.length; c++) {
            for (int j = 0; j < 3; j++) {
                row[3 * c + j] = loading * constructs[c] + noise * gaussian(random);
            }
        }
        return row;
    }

    /** Box-Muller, so that the draws depend on the seed only (not on the JDK's generator internals). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** @return the true labels (a copy) */
    @Override
    public int[] labels() {
        return labels.clone();
    }
}
