package dev.csimodel.io.jdbc;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.source.RowChunk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a result set as {@link RowChunk}s: the first {@code columns.size()} columns are
 * numbers (SQL NULL is missing, NaN), the optional last one the group label. A value that is not
 * a number (text, boolean, date) is an error naming source, row and column: it is never read as 0.
 */
final class ResultSetChunks {

    private final String source;
    private final List<String> columns;
    private final String group;
    private final int chunkRows;

    ResultSetChunks(String source, List<String> columns, String group, int chunkRows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.group = group;
        this.chunkRows = chunkRows;
    }

    /** @return the number of rows read */
    long read(ResultSet rs, Consumer<RowChunk> sink) throws SQLException {
        int p = columns.size();
        double[] values = new double[chunkRows * p];
        List<String> labels = new ArrayList<>();
        long row = 0;
        int n = 0;
        while (rs.next()) {
            row++;
            for (int j = 0; j < p; j++) {
                values[n * p + j] = number(rs.getObject(j + 1), row, columns.get(j));
            }
            if (group != null) {
                labels.add(label(rs.getObject(p + 1), row));
            }
            if (++n == chunkRows) {
                sink.accept(new RowChunk(source, columns, values, n, row - n + 1, labels));
                labels.clear();
                n = 0;
            }
        }
        if (n > 0) {
            sink.accept(new RowChunk(source, columns, values, n, row - n + 1, labels));
        }
        return row;
    }

    private double number(Object value, long row, String column) {
        if (value == null) {
            return Double.NaN;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new CsiDataException(source + ", row " + row + ", column '" + column + "': " + describe(value)
                + " is not a number; only numeric columns (NULL for missing) can be read as data");
    }

    private String label(Object value, long row) {
        if (value == null) {
            throw new CsiDataException(source + ", row " + row + ": no value (NULL) in grouping column '" + group + "'");
        }
        if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
            double v = number.doubleValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String describe(Object value) {
        if (value instanceof CharSequence text) {
            String s = text.toString();
            return "text '" + (s.length() <= 20 ? s : s.substring(0, 20) + "...") + "'";
        }
        return "a " + value.getClass().getSimpleName() + " value";
    }
}
