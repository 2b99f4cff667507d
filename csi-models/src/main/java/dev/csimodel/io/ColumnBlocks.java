package dev.csimodel.io;

import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The in-memory sink of a parallel read: each range fills its own column arrays, sized from the
 * range's line count so they never grow, and {@link #table} joins them column by column into
 * the table's arrays, dropping each range's column once copied, so that the peak is the table
 * plus one column, not two tables. Group labels are kept per range the same way.
 */
final class ColumnBlocks {

    /** One range's columns; {@code rows} of them filled. */
    private static final class Block {
        final double[][] columns;
        final List<String> labels;
        int rows;

        Block(int width, int capacity, boolean labelled) {
            columns = new double[width][capacity];
            labels = labelled ? new ArrayList<>(capacity) : null;
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> names;

    private ColumnBlocks(List<String> names) {
        this.names = names;
    }

    /** @return the sink that makes one block per range, labelled if a grouping column is read */
    static RangeSink<ColumnBlocks> sink(boolean labelled) {
        return new RangeSink<>() {
            @Override
            public boolean wantsLineCount() {
                return true;
            }

            @Override
            public ColumnBlocks start(List<String> columns, int lines) {
                ColumnBlocks out = new ColumnBlocks(columns);
                out.blocks.add(new Block(columns.size(), lines, labelled));
                return out;
            }

            @Override
            public ColumnBlocks start(List<String> columns) {
                return start(columns, 256);
            }

            @Override
            public void row(ColumnBlocks state, double[] values, String label, CsvPlace place) {
                state.add(values, label);
            }

            @Override
            public ColumnBlocks merge(ColumnBlocks earlier, ColumnBlocks later) {
                earlier.blocks.addAll(later.blocks);
                return earlier;
            }
        };
    }

    private void add(double[] values, String label) {
        Block b = blocks.get(blocks.size() - 1);
        if (b.rows == (b.columns.length == 0 ? Integer.MAX_VALUE : b.columns[0].length)) {
            grow(b);
        }
        for (int j = 0; j < values.length; j++) {
            b.columns[j][b.rows] = values[j];
        }
        if (b.labels != null) {
            b.labels.add(label);
        }
        b.rows++;
    }

    /** Only the character path, which cannot count lines ahead, lets a block grow. */
    private static void grow(Block b) {
        for (int j = 0; j < b.columns.length; j++) {
            b.columns[j] = Arrays.copyOf(b.columns[j], Math.max(256, b.columns[j].length * 2));
        }
    }

    /** @return the number of rows of all blocks */
    int rows() {
        long n = 0;
        for (Block b : blocks) {
            n += b.rows;
        }
        return Math.toIntExact(n);
    }

    /** @return the table of all blocks in order; the blocks are emptied */
    DataTable table() {
        int n = rows();
        double[][] out = new double[names.size()][];
        for (int j = 0; j < out.length; j++) {
            if (blocks.size() == 1 && blocks.get(0).columns[j].length == n) {
                out[j] = blocks.get(0).columns[j];
            } else {
                out[j] = new double[n];
                int at = 0;
                for (Block b : blocks) {
                    System.arraycopy(b.columns[j], 0, out[j], at, b.rows);
                    at += b.rows;
                }
            }
            for (Block b : blocks) {
                b.columns[j] = null;
            }
        }
        return DataTable.adopt(names, out);
    }

    /** @return the group labels of all rows, in order */
    List<String> labels() {
        List<String> out = new ArrayList<>(rows());
        for (Block b : blocks) {
            out.addAll(b.labels);
        }
        return out;
    }
}
