package dev.csimodel.data.source;

import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects streamed chunks into memory: a {@link DataTable} of the chunks' columns and, when
 * the chunks carry them, the group label of each row (in the same order, from the same pass,
 * so rows and labels cannot fall out of step even when the source gives no order guarantee,
 * as a database query without ORDER BY).
 */
public final class RowCollector implements Consumer<RowChunk> {

    private final List<String> columns;
    private final List<String> labels = new ArrayList<>();
    private double[][] data;
    private int rows;

    /** @param columns the columns the chunks will carry, in their order */
    public RowCollector(List<String> columns) {
        this.columns = List.copyOf(columns);
        this.data = new double[this.columns.size()][1024];
    }

    @Override
    public void accept(RowChunk chunk) {
        if (data.length > 0 && rows + chunk.rows() > data[0].length) {
            grow(rows + chunk.rows());
        }
        for (int i = 0; i < chunk.rows(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                data[j][rows + i] = chunk.value(i, j);
            }
            chunk.label(i).ifPresent(labels::add);
        }
        rows += chunk.rows();
    }

    private void grow(int needed) {
        int capacity = Math.max(needed, data[0].length * 2);
        for (int j = 0; j < data.length; j++) {
            data[j] = java.util.Arrays.copyOf(data[j], capacity);
        }
    }

    /** @return the rows collected so far, one column per name */
    public DataTable table() {
        double[][] exact = new double[columns.size()][];
        for (int j = 0; j < exact.length; j++) {
            exact[j] = java.util.Arrays.copyOf(data[j], rows);
        }
        return DataTable.adopt(columns, exact);
    }

    /** @return the group label of each row collected, empty if the chunks carried none */
    public List<String> labels() {
        return List.copyOf(labels);
    }
}
