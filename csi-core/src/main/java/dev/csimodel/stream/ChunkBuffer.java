package dev.csimodel.stream;

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
