package dev.csimodel.data;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * An immutable table of named numeric columns. {@code NaN} marks a missing value; whether a
 * missing value is acceptable is for the consumer to decide (the estimator rejects it unless a
 * missing-data strategy says otherwise).
 *
 * <p>Values are held column by column, copied in (or handed over, {@link #adopt}) and never
 * handed out by reference.
 */
public final class DataTable {

    private final List<String> names;
    private final double[][] columns;
    private final Map<String, Integer> index;
    private final int rows;

    private DataTable(List<String> names, double[][] columns, int rows) {
        this.names = List.copyOf(names);
        this.columns = columns;
        this.rows = rows;
        this.index = new HashMap<>();
        for (int j = 0; j < this.names.size(); j++) {
            String name = this.names.get(j);
            if (name == null || name.isBlank()) {
                throw new CsiDataException("column " + (j + 1) + " has an empty name");
            }
            if (index.put(name, j) != null) {
                throw new CsiDataException("duplicate column name '" + name + "'");
            }
        }
    }

    /**
     * Builds a table from row-major values.
     *
     * @param names  the column names
     * @param values {@code values[row][column]}; every row must have one value per name
     * @return an immutable table holding a copy of the values
     */
    public static DataTable ofRows(List<String> names, double[][] values) {
        Arguments.requireNonNull(names, "names");
        Arguments.requireNonNull(values, "values");
        int p = names.size();
        double[][] cols = new double[p][values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != p) {
                throw new CsiDataException("row " + (i + 1) + " has " + values[i].length
                        + " values, expected " + p + " (one per column name)");
            }
            for (int j = 0; j < p; j++) {
                cols[j][i] = values[i][j];
            }
        }
        return new DataTable(names, cols, values.length);
    }

    /**
     * Builds a table from columns.
     *
     * @param names   the column names
     * @param columns {@code columns[column][row]}, all of the same length
     * @return an immutable table holding a copy of the columns
     */
    public static DataTable ofColumns(List<String> names, double[][] columns) {
        int n = requireColumns(names, columns);
        double[][] cols = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            cols[j] = columns[j].clone();
        }
        return new DataTable(names, cols, n);
    }

    /**
     * Builds a table that takes over {@code columns} instead of copying them: for readers that
     * fill large column arrays in place (a 1,000,000 × 15 file is 120 MB of doubles, which a copy
     * would double). The caller hands the arrays over and must neither change nor keep them;
     * the table stays immutable as long as that holds.
     *
     * @param names   the column names
     * @param columns {@code columns[column][row]}, all of the same length, owned by the table from now on
     * @return a table wrapping {@code columns} without copying them
     */
    public static DataTable adopt(List<String> names, double[][] columns) {
        int n = requireColumns(names, columns);
        return new DataTable(names, columns.clone(), n);
    }

    /** @return the common length of the columns, after checking that there is one name per column */
    private static int requireColumns(List<String> names, double[][] columns) {
        Arguments.requireNonNull(names, "names");
        Arguments.requireNonNull(columns, "columns");
        if (names.size() != columns.length) {
            throw new CsiDataException(names.size() + " column names for " + columns.length + " columns");
        }
        int n = columns.length == 0 ? 0 : columns[0].length;
        for (int j = 0; j < columns.length; j++) {
            Arguments.requireNonNull(columns[j], "columns[" + j + "]");
            if (columns[j].length != n) {
                throw new CsiDataException("column '" + names.get(j) + "' has " + columns[j].length
                        + " rows, expected " + n);
            }
        }
        return n;
    }

    /** @return the number of rows (observations) */
    public int rowCount() {
        return rows;
    }

    /** @return the number of columns */
    public int columnCount() {
        return names.size();
    }

    /** @return the column names in order */
    public List<String> columnNames() {
        return names;
    }

    /**
     * @return true if the table has a column {@code name}
     * @param name a column name
     */
    public boolean hasColumn(String name) {
        Arguments.requireNonNull(name, "name");
        return index.containsKey(name);
    }

    /**
     * @return the position of column {@code name}
     * @throws CsiDataException naming the column if the table has no such column
     * @param name a column name of this table
     */
    public int columnIndex(String name) {
        Arguments.requireNonNull(name, "name");
        Integer j = index.get(name);
        if (j == null) {
            throw new CsiDataException("the data has no column '" + name + "'");
        }
        return j;
    }

    /**
     * @return a copy of column {@code name}
     * @param name a column name of this table
     */
    public double[] column(String name) {
        Arguments.requireNonNull(name, "name");
        return columns[columnIndex(name)].clone();
    }

    /** The column array itself, for read-only use by the moment computation. */
    double[] columnRef(String name) {
        return columns[columnIndex(name)];
    }

    /**
     * @return the value at {@code row} (0-based) of column {@code column} (0-based)
     * @param row the 0-based row index
     * @param column the 0-based column index
     */
    public double value(int row, int column) {
        return columns[column][row];
    }

    /**
     * @return the value at {@code row} (0-based) of column {@code name}
     * @param row the 0-based row index
     * @param name a column name of this table
     */
    public double value(int row, String name) {
        Arguments.requireNonNull(name, "name");
        return columns[columnIndex(name)][row];
    }

    /**
     * Copies the named columns, in the given order, into a row-major {@code n x p} array laid
     * out as one contiguous block (the layout EJML's {@code DMatrixRMaj} wraps).
     * @param selected the column names to copy, in the wanted order
     * @return the {@code n × p} values, {@code out[row * p + j]} holding column {@code selected.get(j)}
     */
    public double[] rowMajor(List<String> selected) {
        Arguments.requireNonNull(selected, "selected");
        int p = selected.size();
        double[] out = new double[rows * p];
        for (int j = 0; j < p; j++) {
            double[] col = columns[columnIndex(selected.get(j))];
            for (int i = 0; i < rows; i++) {
                out[i * p + j] = col[i];
            }
        }
        return out;
    }

    /**
     * @return a table with the named columns only, in the given order
     * @param selected the column names to keep, in the wanted order
     */
    public DataTable select(List<String> selected) {
        Arguments.requireNonNull(selected, "selected");
        double[][] cols = new double[selected.size()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = columns[columnIndex(selected.get(j))];
        }
        return new DataTable(selected, cols, rows);
    }

    /**
     * @return a table with the given rows (0-based, repetitions allowed), in the given order
     * @param rowIndices the 0-based rows to take, each in [0, rowCount())
     */
    public DataTable rows(int[] rowIndices) {
        Arguments.requireNonNull(rowIndices, "rowIndices");
        double[][] cols = new double[columns.length][rowIndices.length];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < rowIndices.length; i++) {
                cols[j][i] = columns[j][rowIndices[i]];
            }
        }
        return new DataTable(names, cols, rowIndices.length);
    }

    /**
     * @return a table with the rows for which {@code keep} is true, in order
     * @param keep decides by 0-based row index whether a row is kept
     */
    public DataTable filterRows(IntPredicate keep) {
        Arguments.requireNonNull(keep, "keep");
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (keep.test(i)) {
                kept.add(i);
            }
        }
        return rows(kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * @return this table with column {@code name} added (or replaced)
     * @param values the new column's values, one per row ({@link #rowCount()} of them)
     * @param name the column's name; an existing column of that name is replaced
     */
    public DataTable withColumn(String name, double[] values) {
        Arguments.requireNonNull(name, "name");
        Arguments.requireNonNull(values, "values");
        if (values.length != rows) {
            throw new CsiDataException("column '" + name + "' has " + values.length + " rows, expected " + rows);
        }
        List<String> n = new ArrayList<>(names);
        double[][] cols;
        Integer j = index.get(name);
        if (j == null) {
            n.add(name);
            cols = Arrays.copyOf(columns, columns.length + 1);
            cols[columns.length] = values.clone();
        } else {
            cols = columns.clone();
            cols[j] = values.clone();
        }
        return new DataTable(n, cols, rows);
    }

    @Override
    public String toString() {
        return "DataTable[" + rows + " x " + names.size() + ": " + names + "]";
    }
}
