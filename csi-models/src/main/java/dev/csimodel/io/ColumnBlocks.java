package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The in-memory sink of a read. On the byte path the reader counts the lines of every range
 * first ({@link RangeSink#layout}), so the table's column arrays are allocated once, each range
 * writes its rows into its own slice of them, and no block is ever copied: only blank lines
 * (fewer rows than lines) leave gaps, closed in place at the end. On the character path (one
 * state, rows of unknown number) the columns grow by doubling instead. Group labels are kept per
 * range and joined at the end.
 */
final class ColumnBlocks {

    /** One range's rows: {@code rows} of them from {@code offset} in {@code columns}. */
    private static final class Slice {
        final int offset;
        final List<String> labels;
        int rows;

        Slice(int offset, boolean labelled) {
            this.offset = offset;
            this.labels = labelled ? new ArrayList<>() : null;
        }
    }

    private final List<String> names;
    private final List<Slice> slices = new ArrayList<>();
    /** Shared by the ranges of one read (each writes only its slice). */
    private double[][] columns;
    private final boolean growable;

    private ColumnBlocks(List<String> names, double[][] columns, int offset, boolean labelled, boolean growable) {
        this.names = names;
        this.columns = columns;
        this.growable = growable;
        slices.add(new Slice(offset, labelled));
    }

    /** @return the sink for one read, labelled if a grouping column is read */
    static RangeSink<ColumnBlocks> sink(boolean labelled) {
        return new RangeSink<>() {
            private double[][] shared;
            private int[] offsets;

            @Override
            public boolean wantsLineCount() {
                return true;
            }

            @Override
            public void layout(int width, long[] lineFeeds, boolean endsWithLineFeed) {
                offsets = new int[lineFeeds.length];
                long at = 0;
                for (int k = 0; k < lineFeeds.length; k++) {
                    offsets[k] = (int) at;
                    at += lineFeeds[k];
                }
                at += endsWithLineFeed ? 0 : 1;
                if (at > Integer.MAX_VALUE - 8) {
                    throw new CsiDataException("the file has " + at + " lines, more than a table in memory can hold; "
                            + "read it as a stream (csi --streaming)");
                }
                shared = new double[width][(int) at];
            }

            @Override
            public ColumnBlocks start(List<String> columns, int range) {
                return new ColumnBlocks(columns, shared, offsets[range], labelled, false);
            }

            @Override
            public ColumnBlocks start(List<String> columns) {
                return new ColumnBlocks(columns, new double[columns.size()][256], 0, labelled, true);
            }

            @Override
            public void row(ColumnBlocks state, double[] values, String label, CsvPlace place) {
                state.add(values, label);
            }

            @Override
            public ColumnBlocks merge(ColumnBlocks earlier, ColumnBlocks later) {
                earlier.slices.addAll(later.slices);
                return earlier;
            }
        };
    }

    private void add(double[] values, String label) {
        Slice s = slices.get(slices.size() - 1);
        int at = s.offset + s.rows;
        if (growable && columns.length > 0 && at == columns[0].length) {
            for (int j = 0; j < columns.length; j++) {
                columns[j] = Arrays.copyOf(columns[j], at * 2);
            }
        }
        for (int j = 0; j < values.length; j++) {
            columns[j][at] = values[j];
        }
        if (s.labels != null) {
            s.labels.add(label);
        }
        s.rows++;
    }

    /** @return the number of rows of all slices */
    int rows() {
        long n = 0;
        for (Slice s : slices) {
            n += s.rows;
        }
        return Math.toIntExact(n);
    }

    /** @return the table of all rows in order; it takes over the column arrays */
    DataTable table() {
        int n = rows();
        for (double[] column : columns) {
            int at = 0;
            for (Slice s : slices) {
                if (s.offset != at) {
                    System.arraycopy(column, s.offset, column, at, s.rows);
                }
                at += s.rows;
            }
        }
        for (int j = 0; j < columns.length; j++) {
            columns[j] = columns[j].length == n ? columns[j] : Arrays.copyOf(columns[j], n);
        }
        DataTable table = DataTable.adopt(names, columns);
        columns = null;
        return table;
    }

    /** @return the group labels of all rows, in order */
    List<String> labels() {
        List<String> out = new ArrayList<>(rows());
        for (Slice s : slices) {
            out.addAll(s.labels);
        }
        return out;
    }
}
