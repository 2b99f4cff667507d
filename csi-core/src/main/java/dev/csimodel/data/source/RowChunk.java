package dev.csimodel.data.source;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;

import java.util.List;
import java.util.Optional;

/**
 * A block of consecutive rows streamed by {@link DataSource#stream}: values row-major
 * ({@code value(i, j)} is row {@code i}, column {@code j} of {@link #columns()}), NaN for a
 * missing value, and each row's group label when a grouping column was asked for. The chunk
 * owns copies of its arrays; a consumer may keep it.
 */
public final class RowChunk {

    private final String source;
    private final List<String> columns;
    private final double[] values;
    private final int rows;
    private final long firstRow;
    private final List<String> labels;

    /**
     * @param source   names the source in messages (file, sheet, redacted URL)
     * @param columns  the columns of each row
     * @param values   {@code rows * columns.size()} values, row-major (copied)
     * @param rows     the number of rows
     * @param firstRow the 1-based data row of the first row in the whole source
     * @param labels   one group label per row, or an empty list without grouping
     * @throws CsiDataException if the sizes disagree
     */
    public RowChunk(String source, List<String> columns, double[] values, int rows, long firstRow, List<String> labels) {
        this.source = Arguments.requireNonNull(source, "source");
        this.columns = List.copyOf(Arguments.requireNonNull(columns, "columns"));
        Arguments.requireNonNull(values, "values");
        this.labels = List.copyOf(Arguments.requireNonNull(labels, "labels"));
        if (rows < 0 || (long) rows * this.columns.size() > values.length
                || (!this.labels.isEmpty() && this.labels.size() != rows)) {
            throw new CsiDataException(source + ": a chunk of " + rows + " rows of " + this.columns.size()
                    + " columns cannot hold " + values.length + " values and " + this.labels.size() + " labels");
        }
        this.values = java.util.Arrays.copyOf(values, rows * this.columns.size());
        this.rows = rows;
        this.firstRow = firstRow;
    }

    /** @return the columns of each row, in the order asked for */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of rows in this chunk */
    public int rows() {
        return rows;
    }

    /** @return the 1-based data row of the source that is row 0 of this chunk */
    public long firstRow() {
        return firstRow;
    }

    /**
     * @param row    0-based row of this chunk
     * @param column 0-based column of {@link #columns()}
     * @return the value, NaN if missing
     */
    public double value(int row, int column) {
        return values[row * columns.size() + column];
    }

    /**
     * Copies one row into {@code into}.
     *
     * @param row  0-based row of this chunk
     * @param into an array of at least {@code columns().size()} values
     */
    public void copyRow(int row, double[] into) {
        System.arraycopy(values, row * columns.size(), into, 0, columns.size());
    }

    /** @return a copy of the values, row-major, as {@code MomentAccumulator.addChunk} takes them */
    public double[] rowMajor() {
        return values.clone();
    }

    /**
     * @param row 0-based row of this chunk
     * @return the row's group label; empty when no grouping column was asked for
     */
    public Optional<String> label(int row) {
        return labels.isEmpty() ? Optional.empty() : Optional.of(labels.get(row));
    }

    /**
     * @param row 0-based row of this chunk
     * @return where the row is, for a message, e.g. {@code "survey.parquet, row 17"}
     */
    public String place(int row) {
        return source + ", row " + (firstRow + row);
    }
}
