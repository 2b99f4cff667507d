package dev.csimodel.data.source;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where survey rows come from: a CSV, SPSS, Excel or Parquet file, or a database query. A
 * source is read only for the columns a model uses ({@link #read}, {@link #stream}), so a wide
 * file or table costs what the model needs. Each call opens and closes what it reads (file,
 * workbook, connection); a source holds no open resource between calls.
 *
 * <p>Errors are {@link CsiDataException}s whose message names the source ({@link #description()}:
 * file, sheet, or a database URL without its password), and the row and column at fault.
 */
public interface DataSource {

    /** Rows per chunk of {@link #stream(List, Optional, Consumer)} unless a source says otherwise. */
    int DEFAULT_CHUNK_ROWS = 4096;

    /**
     * @return the source for messages and reports: a file name, {@code file!sheet}, or a
     *         database URL with any password removed
     */
    String description();

    /**
     * @return the column names, in the source's order
     * @throws CsiDataException if the source cannot be opened or has no header
     */
    List<String> columnNames();

    /**
     * Reads {@code columns} of every row into memory.
     *
     * @param columns column names from {@link #columnNames()}, in the order wanted
     * @return one column per name, NaN for a missing value
     * @throws CsiDataException naming the source, and the column (and row) that is absent or not numeric
     */
    DataTable read(List<String> columns);

    /**
     * Streams {@code columns} of every row, in source order, in chunks of at most
     * {@link #DEFAULT_CHUNK_ROWS} rows; memory does not grow with the number of rows for sources
     * that can stream (CSV, Excel rows, database cursors, Parquet).
     *
     * @param columns column names from {@link #columnNames()}
     * @param group   a grouping column whose values label each row (text or numbers), if wanted
     * @param sink    receives the chunks in order
     * @throws CsiDataException naming the source, row and column of a value that cannot be read,
     *                          and the row of an empty group label
     */
    void stream(List<String> columns, Optional<String> group, Consumer<RowChunk> sink);

    /**
     * Adds every row of {@code accumulator.columns()} to {@code accumulator}, one chunk at a time.
     *
     * @param accumulator the moments to add to (its columns name what is read)
     * @return {@code accumulator}
     * @throws CsiDataException as {@link #stream}, and for a missing value if the accumulator
     *                          does not skip incomplete rows
     */
    default MomentAccumulator accumulate(MomentAccumulator accumulator) {
        stream(accumulator.columns(), Optional.empty(), chunk -> accumulator.addChunk(chunk.rowMajor(), chunk.rows()));
        return accumulator;
    }

    /**
     * @param column a column name
     * @return the answer range the source declares for {@code column} (SPSS value labels),
     *         absent when it declares none
     */
    default Optional<ValueRange> declaredRange(String column) {
        return Optional.empty();
    }

    /**
     * @return true if the source declares its own missing-value codes, already read as NaN
     *         (SPSS user-missing values); false when missing values are only empty cells or NULLs
     */
    default boolean declaresMissingValues() {
        return false;
    }
}
