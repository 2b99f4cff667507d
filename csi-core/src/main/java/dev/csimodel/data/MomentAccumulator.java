package dev.csimodel.data;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.Moments;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;

/**
 * Accumulates the {@link Moments} of a fixed list of indicators from a stream of rows, in one
 * pass and in memory independent of the number of rows: PLS path modelling needs nothing else
 * from the data, so {@code estimator.estimate(model, accumulator.toMoments())} estimates a
 * model on data of any size.
 *
 * <p>Rows are buffered into a column-major chunk (default {@value #DEFAULT_CHUNK_ROWS} rows).
 * A full chunk is reduced to its weighted means x̄_b and centred cross-product
 * M2_b = Σ w (x − x̄_b)(x − x̄_b)', which are merged into the running totals with the pairwise
 * update of Chan, Golub and LeVeque (1979):
 * <pre>
 *   W = W_a + W_b,  δ = x̄_b − x̄_a,  x̄ = x̄_a + δ·W_b/W,  M2 = M2_a + M2_b + δδ'·W_a·W_b/W
 * </pre>
 * The same update merges accumulators fed by different threads or partitions
 * ({@link #merge}). Unlike raw sums of squares, nothing here cancels catastrophically when the
 * means are large compared with the standard deviations. The population covariance is M2/W.
 *
 * <p>Missing values: by default a row with a missing (NaN) or infinite value throws
 * {@link CsiDataException} naming the column and the row (1-based, counted over the rows
 * offered to this accumulator). An accumulator made by {@link #skippingIncomplete} instead
 * drops such rows (listwise deletion) and counts them in {@link #skippedRows()}.
 *
 * <p>Not thread-safe: give each thread its own accumulator and {@link #merge} them. The state
 * is Serializable (for Spark and the like); Java serialisation folds pending buffered rows in
 * first, other serialisers need {@link #compact()} first.
 */
public final class MomentAccumulator implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /** Rows per chunk unless told otherwise: 512 x 28 doubles = 112 KiB, about an L2 cache. */
    public static final int DEFAULT_CHUNK_ROWS = 512;

    /**
     * The column names, in the order of each row's values.
     */
    // An array rather than a List: serialisers that bypass writeObject (Kryo) rebuild a JDK
    // immutable list through add(), which it rejects.
    private final String[] columns;
    /**
     * The number of columns p.
     */
    private final int p;
    /**
     * The padded row length of the {@code m2} matrix (p rounded up for the vector kernel).
     */
    private final int stride;
    /**
     * The rows buffered before a chunk is reduced.
     */
    private final int chunkRows;
    /**
     * Whether incomplete rows are dropped (listwise) instead of rejected.
     */
    private final boolean skipIncomplete;
    /**
     * The rows offered so far, accepted or skipped.
     */
    private long offered;
    /**
     * The rows accepted.
     */
    private long rows;
    /**
     * The incomplete rows skipped.
     */
    private long skipped;
    /**
     * The sum of the accepted rows' weights.
     */
    private double weight;
    /**
     * The running weighted means, one per column.
     */
    private final double[] mean;
    /**
     * The running sums of weighted cross-products of deviations from the mean, {@code stride × stride}.
     */
    private final double[] m2;
    /** Extremes of the accepted rows, for checks against a declared response scale. */
    private final double[] min;
    /**
     * The largest accepted value of each column.
     */
    private final double[] max;
    private transient ChunkBuffer chunk;
    /** Null for the JVM's choice ({@link CrossProductKernels#chosen()}), also after deserialisation. */
    private transient CrossProductKernel kernel;

    private MomentAccumulator(List<String> columns, int chunkRows, boolean skipIncomplete) {
        this.columns = checkedColumns(columns).toArray(new String[0]);
        if (chunkRows < 1) {
            throw new CsiSpecificationException("chunk size must be at least 1 row, got " + chunkRows);
        }
        this.p = this.columns.length;
        this.stride = ChunkKernel.paddedColumns(p);
        this.chunkRows = chunkRows;
        this.skipIncomplete = skipIncomplete;
        this.mean = new double[p];
        this.m2 = new double[stride * stride];
        this.min = new double[p];
        this.max = new double[p];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /**
     * @param columns the indicator names, in the order of the values of each row
     * @return an accumulator that rejects rows with missing values
     * @throws CsiSpecificationException if the names are empty, null or repeated
     */
    public static MomentAccumulator of(List<String> columns) {
        Arguments.requireNonNull(columns, "columns");
        return new MomentAccumulator(columns, DEFAULT_CHUNK_ROWS, false);
    }

    /**
     * @param chunkRows rows buffered before a chunk is reduced; smaller chunks save memory when
     *                  many accumulators are alive (one per segment), larger ones are faster
     * @param columns the indicator names, in the order of the values of each row
     * @return an empty accumulator that rejects incomplete rows
     */
    public static MomentAccumulator of(List<String> columns, int chunkRows) {
        Arguments.requireNonNull(columns, "columns");
        return new MomentAccumulator(columns, chunkRows, false);
    }

    /**
     * @return an accumulator that drops rows with a missing value and counts them
     * @param columns the indicator names, in the order of the values of each row
     */
    public static MomentAccumulator skippingIncomplete(List<String> columns) {
        Arguments.requireNonNull(columns, "columns");
        return new MomentAccumulator(columns, DEFAULT_CHUNK_ROWS, true);
    }

    /**
     * @return an accumulator that drops incomplete rows, with {@code chunkRows} rows per chunk
     * @param columns the indicator names, in the order of the values of each row
     * @param chunkRows rows buffered before a chunk is reduced; smaller chunks save memory when
     * many accumulators are alive (one per segment), larger ones are faster
     */
    public static MomentAccumulator skippingIncomplete(List<String> columns, int chunkRows) {
        Arguments.requireNonNull(columns, "columns");
        return new MomentAccumulator(columns, chunkRows, true);
    }

    /** @return an empty accumulator with the same columns, chunk size and missing-value rule */
    public MomentAccumulator emptyCopy() {
        return new MomentAccumulator(columns(), chunkRows, skipIncomplete).usingKernel(kernel);
    }

    /**
     * Makes the chunks of this accumulator go through {@code crossProduct} (null: the JVM's
     * choice) instead of the kernel {@link CrossProductKernels} chose, for tests and benchmarks
     * that compare kernels in one JVM. Call it before the first row; returns this.
     */
    MomentAccumulator usingKernel(CrossProductKernel crossProduct) {
        flush();
        this.kernel = crossProduct;
        this.chunk = null;
        return this;
    }

    /**
     * Accumulates every row of {@code rows}: the streaming entry point for readers that produce
     * one {@code double[]} per record (values in the order of {@code columns}).
     * @param columns the indicator names, in the order of the values of each row
     * @param rows the rows, one value per column each; consumed to the end
     * @return the accumulator holding all rows
     */
    public static MomentAccumulator accumulate(List<String> columns, Iterator<double[]> rows) {
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(rows, "rows");
        MomentAccumulator acc = of(columns);
        acc.addAll(rows);
        return acc;
    }

    /**
     * Adds every remaining row of {@code rows}; returns this.
     * @param rows the rows, one value per column each; consumed to the end
     * @return this accumulator
     */
    public MomentAccumulator addAll(Iterator<double[]> rows) {
        Arguments.requireNonNull(rows, "rows");
        while (rows.hasNext()) {
            add(rows.next());
        }
        return this;
    }

    /**
     * Adds one row with weight 1.
     *
     * @param row one value per column, in the order of {@link #columns()}; not retained
     * @throws CsiDataException naming the column and row if a value is missing or not finite
     *                          (unless this accumulator skips incomplete rows), or if the row
     *                          has the wrong length
     */
    public void add(double[] row) {
        Arguments.requireNonNull(row, "row");
        add(row, 1.0);
    }

    /**
     * Adds one row with a frequency or sampling weight {@code w ≥ 0}: the moments become the
     * weighted means and the weighted population covariance Σw(x − x̄)(x − x̄)'/Σw, with
     * {@link Moments#observations()} = Σw.
     *
     * @throws CsiDataException naming the row if the weight is negative or not finite
     * @param row one value per column, in the order of {@link #columns()}; not retained
     * @param w the row's weight, finite and non-negative
     */
    public void add(double[] row, double w) {
        Arguments.requireNonNull(row, "row");
        if (row.length != p) {
            throw new CsiDataException("row " + (offered + 1) + " has " + row.length + " values, expected "
                    + p + " for columns " + columns());
        }
        add(row, 0, w);
    }

    /**
     * Adds {@code rowCount} rows stored row-major in {@code values}
     * ({@code values[i * columns().size() + j]}, as {@code DataTable.rowMajor}), each with weight 1.
     * @param values the rows, row-major, at least {@code rowCount * columns().size()} values
     * @param rowCount the number of rows to add
     */
    public void addChunk(double[] values, int rowCount) {
        Arguments.requireNonNull(values, "values");
        if (rowCount < 0 || (long) rowCount * p > values.length) {
            throw new CsiDataException(rowCount + " rows of " + p + " values need " + ((long) rowCount * p)
                    + " values, the array has " + values.length);
        }
        for (int i = 0; i < rowCount; i++) {
            add(values, i * p, 1.0);
        }
    }

    /**
     * Adds rows {@code from .. to − 1} of column arrays ({@code columns[j][row]}, one array per
     * column of {@link #columns()}, as a column store holds them), each with weight 1. The rows
     * are copied into the chunk a column block at a time, the fast path for in-memory data.
     *
     * @throws CsiDataException naming the column and row of a missing or non-finite value
     *                          (unless this accumulator skips incomplete rows)
     * @param columns {@code columns[j][row]}, one array per column of {@link #columns()}, in that order
     * @param from the first row to add (inclusive, 0-based)
     * @param to the end of the rows to add (exclusive)
     */
    public void addColumns(double[][] columns, int from, int to) {
        Arguments.requireNonNull(columns, "columns");
        addColumns(columns, from, to, false);
    }

    /**
     * As {@link #addColumns(double[][], int, int)}; {@code knownFinite} skips the check of the
     * values when the caller (the in-memory moment computation) has made it already.
     */
    void addColumns(double[][] columns, int from, int to, boolean knownFinite) {
        if (columns.length != p) {
            throw new CsiDataException(columns.length + " columns given, expected " + p + " for " + columns());
        }
        int row = from;
        while (row < to) {
            ChunkBuffer c = buffer();
            int count = Math.min(c.free(), to - row);
            int bad = c.putColumns(columns, row, count, knownFinite);
            if (bad < 0) {
                offered += count;
                rows += count;
                row += count;
            } else {
                for (int i = 0; i < bad; i++) {
                    addColumnRow(columns, row + i);
                }
                addColumnRow(columns, row + bad);
                row += bad + 1;
            }
            if (c.full()) {
                flush();
            }
        }
    }

    private void addColumnRow(double[][] columns, int r) {
        double[] one = new double[p];
        for (int j = 0; j < p; j++) {
            one[j] = columns[j][r];
        }
        add(one, 0, 1.0);
    }

    private void add(double[] values, int offset, double w) {
        if (values.length - offset < p) {
            throw new CsiDataException("row " + (offered + 1) + " has " + (values.length - offset)
                    + " values, expected " + p + " for columns " + columns());
        }
        offered++;
        if (!(w >= 0) || !Double.isFinite(w)) {
            throw new CsiDataException("row " + offered + ": weight must be finite and non-negative, got " + w);
        }
        ChunkBuffer c = buffer();
        if (!c.put(values, offset, w)) {
            rejectIncomplete(values, offset);
            return;
        }
        rows++;
        if (c.full()) {
            flush();
        }
    }

    private void rejectIncomplete(double[] values, int offset) {
        if (skipIncomplete) {
            skipped++;
            return;
        }
        for (int j = 0; j < p; j++) {
            double v = values[offset + j];
            if (!Double.isFinite(v)) {
                throw new CsiDataException("column '" + columns[j] + "', row " + offered + ": "
                        + (Double.isNaN(v) ? "missing value" : "non-finite value " + v));
            }
        }
    }

    /**
     * Merges the rows accumulated by {@code other} into this accumulator (Chan et al. 1979);
     * {@code other} keeps its rows. Returns this.
     *
     * @throws CsiSpecificationException if the columns differ
     * @param other an accumulator over the same columns
     * @return this accumulator
     */
    public MomentAccumulator merge(MomentAccumulator other) {
        Arguments.requireNonNull(other, "other");
        if (!Arrays.equals(other.columns, columns)) {
            throw new CsiSpecificationException("cannot merge moments of columns " + other.columns()
                    + " into moments of columns " + columns());
        }
        flush();
        other.flush();
        if (weight == 0) {
            System.arraycopy(other.mean, 0, mean, 0, p);
        }
        double[] delta = new double[p];
        for (int a = 0; a < p; a++) {
            delta[a] = other.mean[a] - mean[a];
        }
        combine(other.weight, delta, other.m2);
        for (int a = 0; a < p; a++) {
            min[a] = Math.min(min[a], other.min[a]);
            max[a] = Math.max(max[a], other.max[a]);
        }
        offered += other.offered;
        rows += other.rows;
        skipped += other.skipped;
        return this;
    }

    /**
     * Folds the buffered rows into the running totals and releases the chunk buffer (it is
     * allocated again by the next row). Call it before handing the accumulator to a serialiser
     * that skips {@code writeObject} and transient fields, such as Kryo; Java serialisation
     * does it by itself. Returns this.
     * @return this accumulator
     */
    public MomentAccumulator compact() {
        flush();
        chunk = null;
        return this;
    }

    /** Folds the buffered rows into the running totals, centred on the running mean. */
    private void flush() {
        if (chunk == null || chunk.size() == 0) {
            return;
        }
        if (weight == 0) {
            System.arraycopy(chunk.firstRow(), 0, mean, 0, p);
        }
        chunk.range(min, max);
        double[] delta = new double[p];
        double w = chunk.reduce(mean, delta, m2);
        combine(w, delta, null);
    }

    /**
     * The Chan et al. update with a batch of weight {@code wb} whose means exceed the running
     * means by {@code delta}, and whose centred cross-products are {@code m2b} (null if already
     * added to {@link #m2}).
     */
    private void combine(double wb, double[] delta, double[] m2b) {
        if (!(wb > 0)) {
            return;
        }
        double w = weight + wb;
        double f = weight * wb / w;
        for (int a = 0; a < p; a++) {
            int row = a * stride;
            for (int b = a; b < p; b++) {
                double own = m2b == null ? 0 : m2b[row + b];
                m2[row + b] += own + delta[a] * delta[b] * f;
            }
        }
        double g = wb / w;
        for (int a = 0; a < p; a++) {
            mean[a] += delta[a] * g;
        }
        weight = w;
    }

    /**
     * @return the moments of the rows so far: means, population covariance M2/W, observations W,
     *         and each column's smallest and largest value
     * @throws CsiDataException if fewer than two (weighted) rows were accumulated or a column is
     *                          constant (naming it)
     */
    public Moments toMoments() {
        flush();
        double[] cov = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double c = m2[a * stride + b] / weight;
                cov[a * p + b] = c;
                cov[b * p + a] = c;
            }
        }
        return new Moments(columns(), weight, mean, cov, min, max);
    }

    /**
     * Hands this accumulator a chunk buffer to use instead of allocating one, which must fit
     * its columns, chunk size and kernel (else it is ignored); returns this. Lets the in-memory
     * moment computation reuse one buffer per thread: allocating and zeroing it was a tenth of
     * the cost of a 250-row estimate.
     */
    MomentAccumulator usingBuffer(ChunkBuffer buffer) {
        CrossProductKernel k = kernel == null ? CrossProductKernels.chosen() : kernel;
        if (chunk == null && buffer.fits(k, p, chunkRows)) {
            chunk = buffer.cleared();
        }
        return this;
    }

    /** @return the chunk buffer (allocated if need be), for reuse by a later accumulator */
    ChunkBuffer chunkBuffer() {
        return buffer();
    }

    /**
     * Copies each column's smallest and largest accumulated value into {@code lo} and
     * {@code hi}.
     *
     * @return whether all means and extremes are finite (they are not if a non-finite value was
     *         let in unchecked, or if the sums overflowed)
     */
    boolean extremes(double[] lo, double[] hi) {
        flush();
        System.arraycopy(min, 0, lo, 0, p);
        System.arraycopy(max, 0, hi, 0, p);
        long flags = 0;
        for (int j = 0; j < p; j++) {
            flags |= ChunkKernel.nonFiniteFlag(mean[j]) | ChunkKernel.nonFiniteFlag(min[j]) | ChunkKernel.nonFiniteFlag(max[j]);
        }
        return flags >= 0;
    }

    /** @return the column names */
    public List<String> columns() {
        return List.of(columns);
    }

    /** @return the number of rows accumulated (skipped rows not counted) */
    public long rowCount() {
        return rows;
    }

    /** @return the sum of the weights of the accumulated rows (= {@link #rowCount()} if unweighted) */
    public double totalWeight() {
        flush();
        return weight;
    }

    /** @return the number of rows dropped for a missing value (0 unless skipping incomplete rows) */
    public long skippedRows() {
        return skipped;
    }

    private ChunkBuffer buffer() {
        if (chunk == null) {
            chunk = new ChunkBuffer(kernel == null ? CrossProductKernels.chosen() : kernel, p, stride, chunkRows);
        }
        return chunk;
    }

    private static List<String> checkedColumns(List<String> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new CsiSpecificationException("a moment accumulator needs at least one column");
        }
        List<String> copy = List.copyOf(new ArrayList<>(columns));
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new CsiSpecificationException("repeated column name in " + copy);
        }
        return copy;
    }

    /**
     * Folds the buffered rows into the running totals before the default serialisation writes them.
     * @param out the stream written to
     * @throws IOException if writing fails
     */
    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        flush();
        out.defaultWriteObject();
    }
}
