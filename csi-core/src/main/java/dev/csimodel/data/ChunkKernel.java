package dev.csimodel.data;

/**
 * The arithmetic of one buffered chunk besides the cross-product: finiteness checks, weighted
 * column means and centring. The chunk is column-major ({@code x[j * columnStride + i]}) with
 * the number of columns padded to a multiple of {@link #TILE}; padding columns stay zero, so
 * the register tiles of the {@link CrossProductKernel}s need no remainder loops and contribute
 * nothing.
 *
 * <p>The sums run in four independent partial sums: a single running sum waits four cycles
 * per addition for the previous one, which made these O(p) passes cost as much as the O(p²)
 * cross-product once that was vectorised.
 */
final class ChunkKernel {

    /** Tile width of the kernels; the padding unit of the chunk columns. */
    static final int TILE = 4;
    /** Rows are zero-padded to a multiple of this, the lane count of the widest vectors used. */
    static final int ROW_PAD = 8;

    /** The exponent bits of a double; all set for infinities and NaN. */
    private static final long EXPONENT = 0x7ff0_0000_0000_0000L;
    /** Adding this to the exponent bits carries into the sign bit exactly when all are set. */
    private static final long EXPONENT_ONE = 0x0010_0000_0000_0000L;

    private ChunkKernel() {
    }

    /** @return {@code p} rounded up to a multiple of {@link #TILE} */
    static int paddedColumns(int p) {
        return (p + TILE - 1) / TILE * TILE;
    }

    /** @return {@code rows} rounded up to a multiple of {@link #ROW_PAD} */
    static int paddedRows(int rows) {
        return (rows + ROW_PAD - 1) / ROW_PAD * ROW_PAD;
    }

    /**
     * @return a value whose sign bit is set if {@code v} is NaN or infinite: OR-ing these over
     *         many values tests them all with integer operations, which do not wait on each other
     *         as a floating-point probe sum does
     */
    static long nonFiniteFlag(double v) {
        return (Double.doubleToRawLongBits(v) & EXPONENT) + EXPONENT_ONE;
    }

    /** @return whether {@code x[from .. to − 1]} are all finite */
    static boolean allFinite(double[] x, int from, int to) {
        long flags = 0;
        for (int i = from; i < to; i++) {
            flags |= nonFiniteFlag(x[i]);
        }
        return flags >= 0;
    }

    /**
     * Replaces the first {@code rows} values of each of the {@code p} columns by their deviation
     * from the column's weighted mean, times √w, so that the plain cross-product of the result
     * is Σ w (x − x̄)(x − x̄)'. The mean is found as {@code shift + Σ w (x − shift) / Σ w}: with
     * the running mean as shift, x − shift is exact for nearby values and the chunk's deviation
     * from the running mean (the δ of the merge) carries no rounding error of the offset.
     *
     * @param weights     row weights, or null for unit weights
     * @param rootWeights scratch space for √w of each row (used only with weights)
     * @param delta       receives the weighted column means minus {@code shift}
     * @return the total weight of the chunk
     */
    static double centre(double[] x, int columnStride, int p, int rows, double[] weights, double[] rootWeights,
                         double[] shift, double[] delta) {
        double total = weights == null ? rows : sum(weights, rows);
        if (weights != null) {
            for (int i = 0; i < rows; i++) {
                rootWeights[i] = Math.sqrt(weights[i]);
            }
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
                    x[base + i] = ((x[base + i] - k) - m) * rootWeights[i];
                }
            }
        }
        return total;
    }

    private static double sum(double[] w, int rows) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            s0 += w[i];
            s1 += w[i + 1];
            s2 += w[i + 2];
            s3 += w[i + 3];
        }
        for (; i < rows; i++) {
            s0 += w[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double shiftedSum(double[] x, int base, int rows, double k) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            s0 += x[base + i] - k;
            s1 += x[base + i + 1] - k;
            s2 += x[base + i + 2] - k;
            s3 += x[base + i + 3] - k;
        }
        for (; i < rows; i++) {
            s0 += x[base + i] - k;
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double shiftedSum(double[] x, int base, int rows, double k, double[] w) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            s0 = Math.fma(w[i], x[base + i] - k, s0);
            s1 = Math.fma(w[i + 1], x[base + i + 1] - k, s1);
            s2 = Math.fma(w[i + 2], x[base + i + 2] - k, s2);
            s3 = Math.fma(w[i + 3], x[base + i + 3] - k, s3);
        }
        for (; i < rows; i++) {
            s0 = Math.fma(w[i], x[base + i] - k, s0);
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Lowers {@code lo[j]} and raises {@code hi[j]} to the extremes of the first {@code rows}
     * values of column {@code j}, which are finite. Plain comparisons: a new extreme is rare, so
     * the branches are predicted and no running extreme waits on the previous one, as it does
     * with {@code Math.min} (which also pays for NaN and signed-zero rules that finite data does
     * not need; of 0.0 and −0.0 either may be kept, they compare equal).
     */
    static void range(double[] x, int columnStride, int p, int rows, double[] lo, double[] hi) {
        for (int j = 0; j < p; j++) {
            int base = j * columnStride;
            double l = lo[j];
            double h = hi[j];
            for (int i = base; i < base + rows; i++) {
                double v = x[i];
                if (v < l) {
                    l = v;
                }
                if (v > h) {
                    h = v;
                }
            }
            lo[j] = l;
            hi[j] = h;
        }
    }
}
