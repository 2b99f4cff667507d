package dev.csimodel.data;

/**
 * The rows of one pending chunk, column-major and padded for {@link ChunkKernel}; reused from
 * chunk to chunk so that accumulating allocates nothing per row.
 */
final class ChunkBuffer {

    private final int p;
    private final int stride;
    private final int capacity;
    private final int columnStride;
    private final double[] values;
    private final double[] weights;
    private boolean weighted;
    private int size;

    ChunkBuffer(int p, int stride, int capacity) {
        this.p = p;
        this.stride = stride;
        this.capacity = capacity;
        // A column length that is a multiple of 512 doubles would put every column in the same
        // L1 cache set (4 KiB aliasing); one extra cache line per column staggers them.
        this.columnStride = capacity + 8;
        this.values = new double[stride * columnStride];
        this.weights = new double[capacity];
    }

    /**
     * Appends a row unless one of its values is NaN or infinite.
     *
     * @return false (and nothing appended) if the row holds a non-finite value
     */
    boolean put(double[] row, int offset, double w) {
        int i = size;
        // 0·v is 0 for every finite v and NaN otherwise: one test per row instead of one per value.
        double probe = 0;
        for (int j = 0; j < p; j++) {
            double v = row[offset + j];
            values[j * columnStride + i] = v;
            probe += 0 * v;
        }
        if (probe != 0 || Double.isNaN(probe)) {
            return false;
        }
        weights[i] = w;
        weighted |= w != 1.0;
        size = i + 1;
        return true;
    }

    /**
     * Appends rows {@code from .. from + count − 1} of the given columns (unit weights) with one
     * array copy per column; {@code count} must not exceed the free space. With
     * {@code knownFinite} the caller has already checked every value, and the check is skipped.
     *
     * @return the index (0-based, within the block) of the first row holding a non-finite value,
     *         or −1 when all are finite (then the rows are appended)
     */
    int putColumns(double[][] columns, int from, int count, boolean knownFinite) {
        double probe = 0;
        for (int j = 0; j < p; j++) {
            System.arraycopy(columns[j], from, values, j * columnStride + size, count);
        }
        for (int j = 0; j < p && !knownFinite; j++) {
            int base = j * columnStride + size;
            for (int i = 0; i < count; i++) {
                probe += 0 * values[base + i];
            }
        }
        if (probe != 0 || Double.isNaN(probe)) {
            return firstNonFinite(columns, from, count);
        }
        java.util.Arrays.fill(weights, size, size + count, 1.0);
        size += count;
        return -1;
    }

    private int firstNonFinite(double[][] columns, int from, int count) {
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(columns[j][from + i])) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** @return the number of rows that still fit */
    int free() {
        return capacity - size;
    }

    int size() {
        return size;
    }

    boolean full() {
        return size == capacity;
    }

    /** @return a copy of the first pending row, a shift close to the data for an empty accumulator */
    double[] firstRow() {
        double[] r = new double[p];
        for (int j = 0; j < p; j++) {
            r[j] = values[j * columnStride];
        }
        return r;
    }

    /** Lowers {@code min} and raises {@code max} to the pending rows' extremes; call before {@link #reduce}. */
    void range(double[] min, double[] max) {
        for (int j = 0; j < p; j++) {
            int base = j * columnStride;
            double lo = min[j];
            double hi = max[j];
            for (int i = 0; i < size; i++) {
                double v = values[base + i];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            min[j] = lo;
            max[j] = hi;
        }
    }

    /**
     * Reduces the pending rows: writes their weighted means minus {@code shift} to
     * {@code delta}, adds their centred cross-product to {@code m2} (row-major,
     * {@code stride x stride}) and empties the buffer.
     *
     * @return the total weight of the rows
     */
    double reduce(double[] shift, double[] delta, double[] m2) {
        double w = ChunkKernel.centre(values, columnStride, p, size, weighted ? weights : null, shift, delta);
        if (w > 0) {
            ChunkKernel.crossProduct(values, columnStride, stride, size, m2);
        }
        size = 0;
        weighted = false;
        return w;
    }
}
