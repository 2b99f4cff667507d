package dev.csimodel.data.source;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;

import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a table already in memory as {@link RowChunk}s: how a source that must read its whole
 * file anyway (an SPSS system file) implements {@link DataSource#stream}.
 */
public final class TableChunks {

    private TableChunks() {
    }

    /**
     * @param source    names the source in the chunks' messages
     * @param table     the rows, only the columns to stream
     * @param labels    one group label per row, or an empty list
     * @param chunkRows rows per chunk, at least 1
     * @param sink      receives the chunks in row order
     * @throws CsiDataException if {@code labels} is neither empty nor one per row
     */
    public static void stream(String source, DataTable table, List<String> labels, int chunkRows, Consumer<RowChunk> sink) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(sink, "sink");
        if (chunkRows < 1 || (!labels.isEmpty() && labels.size() != table.rowCount())) {
            throw new CsiDataException(source + ": " + labels.size() + " labels for " + table.rowCount()
                    + " rows, chunks of " + chunkRows);
        }
        double[] all = table.rowMajor(table.columnNames());
        int p = table.columnCount();
        for (int from = 0; from < table.rowCount(); from += chunkRows) {
            int to = Math.min(table.rowCount(), from + chunkRows);
            double[] values = java.util.Arrays.copyOfRange(all, from * p, to * p);
            sink.accept(new RowChunk(source, table.columnNames(), values, to - from, from + 1L,
                    labels.isEmpty() ? List.of() : labels.subList(from, to)));
        }
    }
}
