package dev.csimodel.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-product kernels against a plain dot product and against the kernel of version 0.1
 * ({@link TiledCrossProduct}), and the accumulator's moments with each kernel on random data
 * with missing values and weights. Run twice by the build: without the vector module (the
 * scalar fall-back is chosen) and with it ({@code csimodel.test.vectorExpected}: the vector
 * kernel must be chosen and is compared too).
 */
class CrossProductKernelTest {

    /**
     * Kernels against each other, relative to √(m2_aa·m2_bb): the kernels add the same
     * products in different orders, so they differ by a few ulps of the largest partial sums.
     */
    static final double KERNEL_TOL = 1e-12;
    /** Moments with different kernels (and against the two-pass weighted moments), relative to the scale. */
    static final double MOMENT_TOL = 1e-12;

    private static final boolean VECTOR_EXPECTED = Boolean.getBoolean("csimodel.test.vectorExpected");
    private static final boolean VECTOR_MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    @Test
    void theVectorKernelIsChosenExactlyWhenTheModuleIsPresent() {
        CrossProductKernel vector = CrossProductKernels.vector();
        if (VECTOR_EXPECTED) {
            assertNotNull(vector, "the vector run of the tests must have the vector kernel");
            assertTrue(CrossProductKernels.optimisingCompiler(), "surefire's JVM runs C2");
            assertInstanceOf(VectorCrossProduct.class, CrossProductKernels.chosen());
        } else if (!VECTOR_MODULE) {
            assertNull(vector);
            assertInstanceOf(SymmetricCrossProduct.class, CrossProductKernels.chosen());
            // Asking for the vector kernel without the module falls back to scalar.
            assertInstanceOf(SymmetricCrossProduct.class, CrossProductKernels.choose("vector"));
        }
        assertInstanceOf(SymmetricCrossProduct.class, CrossProductKernels.choose("scalar"));
        assertInstanceOf(TiledCrossProduct.class, CrossProductKernels.choose("TILED"));
    }

    @Test
    void kernelsEqualAPlainDotProductAndTheTiledKernel() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int p : new int[]{1, 3, 4, 5, 15, 27, 28}) {
            for (int rows : new int[]{1, 2, 7, 8, 9, 250, 512}) {
                checkChunk(rnd, p, rows);
            }
        }
    }

    private static void checkChunk(SplittableRandom rnd, int p, int rows) {
        int stride = ChunkKernel.paddedColumns(p);
        int columnStride = ChunkKernel.paddedRows(rows) + ChunkKernel.ROW_PAD;
        double[] x = new double[stride * columnStride];
        for (int j = 0; j < p; j++) {
            double scale = Math.pow(10, rnd.nextInt(-3, 4));
            for (int i = 0; i < rows; i++) {
                x[j * columnStride + i] = scale * (rnd.nextDouble() - 0.5);
            }
        }
        double[] plain = plainCrossProduct(x, columnStride, p, rows);
        double[] tiled = run(new TiledCrossProduct(), x, columnStride, stride, rows);
        String what = p + " columns, " + rows + " rows, ";
        assertUpperEqual(plain, tiled, p, stride, what + "tiled");
        assertUpperEqual(tiled, run(new SymmetricCrossProduct(), x, columnStride, stride, rows), p, stride, what + "scalar");
        CrossProductKernel vector = CrossProductKernels.vector();
        if (vector != null) {
            assertUpperEqual(tiled, run(vector, x, columnStride, stride, rows), p, stride, what + vector.name());
        }
    }

    private static double[] run(CrossProductKernel k, double[] x, int columnStride, int stride, int rows) {
        double[] m2 = new double[stride * stride];
        k.add(x.clone(), columnStride, stride, rows, m2);
        return m2;
    }

    /** Σ_i x_ia x_ib as a plain loop, upper triangle of a {@code p x p} row-major matrix. */
    private static double[] plainCrossProduct(double[] x, int columnStride, int p, int rows) {
        int stride = ChunkKernel.paddedColumns(p);
        double[] m2 = new double[stride * stride];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double s = 0;
                for (int i = 0; i < rows; i++) {
                    s += x[a * columnStride + i] * x[b * columnStride + i];
                }
                m2[a * stride + b] = s;
            }
        }
        return m2;
    }

    private static void assertUpperEqual(double[] expected, double[] actual, int p, int stride, String what) {
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double scale = Math.sqrt(expected[a * stride + a] * expected[b * stride + b]);
                assertEquals(expected[a * stride + b], actual[a * stride + b], KERNEL_TOL * scale,
                        what + " entry " + a + "," + b);
            }
        }
    }

    @Test
    void accumulatorMomentsWithMissingValuesAndWeightsAgreeAcrossKernels() {
        SplittableRandom rnd = new SplittableRandom(5);
        List<String> cols = names(27);
        int n = 3_001;
        double[][] rows = new double[n][27];
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < 27; j++) {
                // Likert-like values on an offset, a few missing.
                rows[r][j] = rnd.nextDouble() < 0.01 ? Double.NaN : 1000 + rnd.nextInt(1, 11) + 0.1 * rnd.nextGaussian();
            }
            w[r] = rnd.nextDouble() * 3;
        }
        List<CrossProductKernel> kernels = new ArrayList<>(List.of(new SymmetricCrossProduct()));
        if (CrossProductKernels.vector() != null) {
            kernels.add(CrossProductKernels.vector());
        }
        Moments reference = weightedSkipping(cols, rows, w, new TiledCrossProduct());
        assertMomentsEqual(twoPass(cols, rows, w), reference, "tiled against two-pass");
        for (CrossProductKernel k : kernels) {
            assertMomentsEqual(reference, weightedSkipping(cols, rows, w, k), k.name() + " weighted, skipping");
            assertMomentsEqual(columnBlocks(cols, rows, new TiledCrossProduct()), columnBlocks(cols, rows, k),
                    k.name() + " column blocks");
        }
    }

    private static Moments weightedSkipping(List<String> cols, double[][] rows, double[] w, CrossProductKernel k) {
        MomentAccumulator acc = MomentAccumulator.skippingIncomplete(cols, 100).usingKernel(k);
        for (int r = 0; r < rows.length; r++) {
            acc.add(rows[r], w[r]);
        }
        assertEquals(rows.length - completeRows(rows).size(), acc.skippedRows());
        return acc.toMoments();
    }

    /** The complete rows, unit weights, fed as column blocks of 333 rows (chunks of 512). */
    private static Moments columnBlocks(List<String> cols, double[][] rows, CrossProductKernel k) {
        List<double[]> complete = completeRows(rows);
        double[][] columns = new double[cols.size()][complete.size()];
        for (int r = 0; r < complete.size(); r++) {
            for (int j = 0; j < cols.size(); j++) {
                columns[j][r] = complete.get(r)[j];
            }
        }
        MomentAccumulator acc = MomentAccumulator.of(cols).usingKernel(k);
        for (int from = 0; from < complete.size(); from += 333) {
            acc.addColumns(columns, from, Math.min(complete.size(), from + 333));
        }
        return acc.toMoments();
    }

    private static Moments twoPass(List<String> cols, double[][] rows, double[] w) {
        List<double[]> kept = new ArrayList<>();
        List<Double> keptW = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            if (isComplete(rows[r])) {
                kept.add(rows[r]);
                keptW.add(w[r]);
            }
        }
        double[] weights = keptW.stream().mapToDouble(Double::doubleValue).toArray();
        return WeightedMoments.of(DataTable.ofRows(cols, kept.toArray(new double[0][])), cols, weights);
    }

    private static List<double[]> completeRows(double[][] rows) {
        List<double[]> out = new ArrayList<>();
        for (double[] r : rows) {
            if (isComplete(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean isComplete(double[] row) {
        for (double v : row) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static void assertMomentsEqual(Moments expected, Moments actual, String what) {
        assertEquals(expected.observations(), actual.observations(), MOMENT_TOL * expected.observations(), what);
        for (int a = 0; a < expected.size(); a++) {
            assertEquals(expected.mean(a), actual.mean(a), MOMENT_TOL * Math.abs(expected.mean(a)), what + " mean " + a);
            for (int b = 0; b < expected.size(); b++) {
                double scale = expected.sd(a) * expected.sd(b);
                assertEquals(expected.covariance(a, b), actual.covariance(a, b), MOMENT_TOL * scale,
                        what + " covariance " + a + "," + b);
            }
            String name = expected.names().get(a);
            assertEquals(expected.minimum(name).orElseThrow(), actual.minimum(name).orElseThrow(), 0.0, what + " min");
            assertEquals(expected.maximum(name).orElseThrow(), actual.maximum(name).orElseThrow(), 0.0, what + " max");
        }
        assertTrue(expected.size() > 0);
    }

    private static List<String> names(int p) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            out.add("x" + (j + 1));
        }
        return out;
    }
}
