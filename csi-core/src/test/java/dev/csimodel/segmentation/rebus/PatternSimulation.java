package dev.csimodel.segmentation.rebus;

import dev.csimodel.data.DataTable;
import dev.csimodel.segmentation.SegmentSimulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Like {@link SegmentSimulation} (X1 → Y ← X2, three indicators each, rows segment after
 * segment), but with a loading per indicator and segment and a segment-specific level of Y, so
 * that segments can differ in the pattern of their measurement models, in their paths and in
 * their satisfaction level, as the two classes of plspm's {@code simdata} REBUS example do
 * (there the mean satisfaction differs by about 1.7 SD and the driver changes from price to
 * quality). X1, X2 ~ N(0, 1); Y = a_k + b1·X1 + b2·X2 + ζ, Var(ζ) = 1 − b1² − b2²;
 * indicator = λ·construct + ε, Var(ε) = 1 − λ².
 */
final class PatternSimulation {

    private PatternSimulation() {
    }

    /**
     * @param seed     the seed
     * @param sizes    rows per segment
     * @param levels   per segment the level a_k of Y
     * @param paths    per segment {b1, b2}
     * @param loadings per segment the 9 loadings of x1_1..x1_3, x2_1..x2_3, y_1..y_3
     * @return the data and true labels
     */
    static SegmentSimulation draw(long seed, int[] sizes, double[] levels, double[][] paths, double[][] loadings) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> rows = new ArrayList<>();
        int[] labels = new int[java.util.Arrays.stream(sizes).sum()];
        int r = 0;
        for (int k = 0; k < sizes.length; k++) {
            double zeta = Math.sqrt(1 - paths[k][0] * paths[k][0] - paths[k][1] * paths[k][1]);
            for (int i = 0; i < sizes[k]; i++) {
                double x1 = gaussian(random);
                double x2 = gaussian(random);
                double y = levels[k] + paths[k][0] * x1 + paths[k][1] * x2 + zeta * gaussian(random);
                double[] construct = {x1, x1, x1, x2, x2, x2, y, y, y};
                double[] row = new double[9];
                for (int j = 0; j < 9; j++) {
                    double l = loadings[k][j];
                    row[j] = l * construct[j] + Math.sqrt(1 - l * l) * gaussian(random);
                }
                rows.add(row);
                labels[r++] = k;
            }
        }
        return new SegmentSimulation(DataTable.ofRows(SegmentSimulation.MODEL.indicators(), rows.toArray(new double[0][])), labels);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
