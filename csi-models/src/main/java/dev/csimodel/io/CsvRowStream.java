package dev.csimodel.io;

import dev.csimodel.CsiDataException;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The numeric rows of a CSV source, one record at a time, parsed into one reused
 * {@code double[]}: memory stays constant whatever the size of the file, so that moments can be
 * accumulated over files larger than the heap (e.g. {@code MomentAccumulator.accumulate(
 * stream.columns(), stream)}). Made by {@link CsvDataReader#stream}; the parsing and the
 * messages are those of {@link CsvDataReader#read}: a bad record or cell throws
 * {@link CsiDataException} naming source, line, data row and column.
 *
 * <p>The array returned by {@link #next()} is overwritten by the following call to
 * {@link #hasNext()} or {@link #next()}: copy it to keep it. Not thread-safe; close it (or
 * read it to the end and close it) to release the file.
 */
public final class CsvRowStream implements Iterator<double[]>, Closeable {

    private final CsvScan scan;
    private final Reader in;
    private final double[] row;
    private boolean ready;
    private boolean finished;

    CsvRowStream(Reader in, String source, CsvOptions options, Function<List<String>, List<String>> columns,
                 String groupColumn) {
        this.in = in;
        this.scan = new CsvScan(in, source, options);
        scan.start(columns, groupColumn);
        this.row = new double[scan.columns().size()];
    }

    /** @return the requested columns in the order of each row's values (repeats dropped) */
    public List<String> columns() {
        return scan.columns();
    }

    /**
     * Parses the next record ahead, into the shared array.
     *
     * @throws CsiDataException at a malformed record or cell, or if the file has no data row
     */
    @Override
    public boolean hasNext() {
        if (!ready && !finished) {
            ready = scan.nextRow(row);
            if (!ready) {
                finished = true;
                scan.requireRows();
            }
        }
        return ready;
    }

    /** @return the values of the next row, in the order of {@link #columns()}; a reused array */
    @Override
    public double[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        ready = false;
        return row;
    }

    /** @return the group label of the row last returned (read with a grouping column only) */
    public String label() {
        return scan.label();
    }

    /** @return the 1-based data row number of the row last returned (the header is not a row) */
    public long row() {
        return scan.row();
    }

    /** @return source, file line and data row of the row last returned, e.g. for a message */
    public String place() {
        return scan.place();
    }

    /** Closes the underlying reader. */
    @Override
    public void close() {
        try {
            scan.close();
            in.close();
        } catch (IOException e) {
            throw new CsiDataException("cannot close the CSV input (" + e.getMessage() + ")", e);
        }
    }
}
