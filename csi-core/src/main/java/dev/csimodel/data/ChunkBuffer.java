package dev.csimodel.data;

import java.util.Arrays;

/**
 * The rows of one pending chunk, column-major and padded for {@link ChunkKernel}; reused from
 * chunk to chunk so that accumulating allocates nothing per row.
 */
final class ChunkBuffer {

    private final CrossProductKernel kernel;
    private final int p;
    private final int stride;
    private final int capacity;
    private final int columnStride;
    private final double[] values;
    private final double[] weights;
    /** √w of each row, allocated with the first weighted chunk. */
    private double[] rootWeights;
    private boolean weighted;
    private int size;

    ChunkBuffer(CrossProductKernel kernel, int p, int stride, int capacity) {
        this.kernel = kernel;
        this.p = p;
        this.stride = stride;
        this.capacity = capacity;
        // A column length that is a multiple of 512 doubles would put every column in the same
        // L1 cache set (4 KiB aliasing); one extra cache line per column staggers them. The
        // column length is also a multiple of ROW_PAD, room for the zero rows of the last vector.
        this.columnStride = ChunkKernel.paddedRows(capacity) + ChunkKernel.ROW_PAD;
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
        // One test per row instead of one per value.
        long flags = 0;
        for (int j = 0; j < p; j++) {
            double v = row[offset + j];
            values[j * columnStride + i] = v;
            flags |= ChunkKernel.nonFiniteFlag(v);
        }
        if (flags < 0) {
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
        boolean finite = true;
        for (int j = 0; j < p; j++) {
            int base = j * columnStride + size;
            System.arraycopy(columns[j], from, values, base, count);
            finite &= knownFinite || ChunkKernel.allFinite(values, base, base + count);
        }
        if (!finite) {
            return firstNonFinite(columns, from, count);
        }
        Arrays.fill(weights, size, size + count, 1.0);
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

    /** @return whether this buffer holds chunks of {@code capacity} rows of {@code p} columns through {@code k} */
    boolean fits(CrossProductKernel k, int columns, int rows) {
        return kernel == k && p == columns && capacity == rows;
    }

    /** Drops any pending rows (of a use that ended in an exception), for reuse. */
    ChunkBuffer cleared() {
        size = 0;
        weighted = false;
        return this;
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
        ChunkKernel.range(values, columnStride, p, size, min, max);
    }

    /**
     * Reduces the pending rows: writes their weighted means minus {@code shift} to
     * {@code delta}, adds their centred cross-product to {@code m2} (row-major,
     * {@code stride x stride}) and empties the buffer.
     *
     * @return the total weight of the rows
     */
    double reduce(double[] shift, double[] delta, double[] m2) {
        if (weighted && rootWeights == null) {
            rootWeights = new double[capacity];
        }
        double w = ChunkKernel.centre(values, columnStride, p, size, weighted ? weights : null, rootWeights,
                shift, delta);
        if (w > 0) {
            // Rows left over from a fuller earlier chunk must not enter the last vector.
            int padded = ChunkKernel.paddedRows(size);
            for (int j = 0; j < p && padded > size; j++) {
                Arrays.fill(values, j * columnStride + size, j * columnStride + padded, 0.0);
            }
            kernel.add(values, columnStride, stride, size, m2);
        }
        size = 0;
        weighted = false;
        return w;
    }
}
