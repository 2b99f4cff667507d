package dev.csimodel.data;

/**
 * The arithmetic of one buffered chunk: weighted column means, centring, and the cross-product
 * of the centred columns. The chunk is column-major ({@code x[j * columnStride + i]}) with the
 * number of columns padded to a multiple of four; padding columns stay zero, so the 2 x 4
 * register tiles need no remainder loops and contribute nothing.
 */
final class ChunkKernel {

    /** Tile width over the second column of a pair; the padding unit of the chunk columns. */
    static final int TILE = 4;

    private ChunkKernel() {
    }

    /** @return {@code p} rounded up to a multiple of {@link #TILE} */
    static int paddedColumns(int p) {
        return (p + TILE - 1) / TILE * TILE;
    }

    /**
     * Replaces the first {@code rows} values of each of the {@code p} columns by their deviation
     * from the column's weighted mean, times √w, so that the plain cross-product of the result
     * is Σ w (x − x̄)(x − x̄)'. The mean is found as {@code shift + Σ w (x − shift) / Σ w}: with
     * the running mean as shift, x − shift is exact for nearby values and the chunk's deviation
     * from the running mean (the δ of the merge) carries no rounding error of the offset.
     *
     * @param weights row weights, or null for unit weights
     * @param delta   receives the weighted column means minus {@code shift}
     * @return the total weight of the chunk
     */
    static double centre(double[] x, int columnStride, int p, int rows, double[] weights,
                         double[] shift, double[] delta) {
        double total = 0;
        for (int i = 0; i < rows; i++) {
            total += weights == null ? 1.0 : weights[i];
        }
        for (int j = 0; j < p; j++) {
            int base = j * columnStride;
            double k = shift[j];
            double m = (weights == null ? shiftedSum(x, base, rows, k) : shiftedSum(x, base, rows, k, weights)) / total;
            delta[j] = m;
            if (weights == null) {
                for (int i = 0; i < rows; i++) {
                    x[base + i] = (x[base + i] - k) - m;
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    x[base + i] = ((x[base + i] - k) - m) * Math.sqrt(weights[i]);
                }
            }
        }
        return total;
    }

    private static double shiftedSum(double[] x, int base, int rows, double k) {
        double s = 0;
        for (int i = 0; i < rows; i++) {
            s += x[base + i] - k;
        }
        return s;
    }

    private static double shiftedSum(double[] x, int base, int rows, double k, double[] weights) {
        double s = 0;
        for (int i = 0; i < rows; i++) {
            s += weights[i] * (x[base + i] - k);
        }
        return s;
    }

    /**
     * Adds X'X of the centred chunk to the upper triangle (and some entries just below the
     * diagonal) of the row-major {@code stride x stride} matrix {@code m2}. Each 2 x 4 tile of
     * column pairs keeps its eight sums in registers while it runs down the rows: two plus four
     * loads feed eight multiply-adds, instead of two loads per multiply-add for a plain dot
     * product.
     */
    static void crossProduct(double[] x, int columnStride, int stride, int rows, double[] m2) {
        for (int j = 0; j < stride; j += 2) {
            for (int k = j - j % TILE; k < stride; k += TILE) {
                tile(x, columnStride, stride, rows, j, k, m2);
            }
        }
    }

    private static void tile(double[] x, int columnStride, int stride, int rows, int j, int k, double[] m2) {
        int a0 = j * columnStride;
        int a1 = a0 + columnStride;
        int b0 = k * columnStride;
        int b1 = b0 + columnStride;
        int b2 = b1 + columnStride;
        int b3 = b2 + columnStride;
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        for (int i = 0; i < rows; i++) {
            double u = x[a0 + i];
            double v = x[a1 + i];
            double c0 = x[b0 + i];
            double c1 = x[b1 + i];
            double c2 = x[b2 + i];
            double c3 = x[b3 + i];
            s00 = Math.fma(u, c0, s00);
            s01 = Math.fma(u, c1, s01);
            s02 = Math.fma(u, c2, s02);
            s03 = Math.fma(u, c3, s03);
            s10 = Math.fma(v, c0, s10);
            s11 = Math.fma(v, c1, s11);
            s12 = Math.fma(v, c2, s12);
            s13 = Math.fma(v, c3, s13);
        }
        int r0 = j * stride + k;
        int r1 = r0 + stride;
        m2[r0] += s00;
        m2[r0 + 1] += s01;
        m2[r0 + 2] += s02;
        m2[r0 + 3] += s03;
        m2[r1] += s10;
        m2[r1 + 1] += s11;
        m2[r1 + 2] += s12;
        m2[r1 + 3] += s13;
    }
}
