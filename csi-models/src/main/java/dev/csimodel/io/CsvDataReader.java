package dev.csimodel.io;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads numeric columns of a CSV file (RFC 4180, parsed by Apache Commons CSV) into a
 * {@link DataTable}, record by record, so that a file is never held in memory as text; or,
 * with {@link #stream}, hands the rows over one at a time without keeping them.
 *
 * <p>The first line is the header and must name every column once. Only the requested columns
 * are parsed: other columns may hold anything (names, dates, free text). A requested cell must be
 * a decimal number ({@code 7}, {@code -0.5}, {@code 1e3}; surrounding blanks are ignored), or,
 * when {@link CsvOptions#missingToken()} is set, empty or equal to the token, which reads as
 * {@code NaN}. Blank lines are skipped. Every violation throws {@link CsiDataException} naming the
 * source, the 1-based file line, the 1-based data row (the header is not a data row) and the
 * column, e.g. {@code "survey.csv, line 12 (data row 11), column 'sat2': 'n/a' is not a number"}.
 *
 * <p>Files are read as {@link CsvOptions#encoding()} (UTF-8 by default); a byte-order mark of
 * UTF-8, UTF-16LE or UTF-16BE chooses the encoding; a byte not valid in the encoding is reported
 * with its line and column and a hint at the encoding. With
 * {@link CsvOptions#withDetectedDelimiter()} the delimiter is taken from the file. Instances hold only their
 * options and are safe to share between threads.
 */
public final class CsvDataReader {

    /** The most reading threads accepted: beyond the cores, threads only add overhead. */
    public static final int MAX_THREADS = 64;
    /** The default number of reading threads is the number of processors, but at most this. */
    public static final int DEFAULT_MAX_THREADS = 8;

    private final CsvOptions options;
    private final int threads;
    private final int rangeBytes;

    /** @param options how to read; with as many reading threads as processors (at most {@value #DEFAULT_MAX_THREADS}) */
    public CsvDataReader(CsvOptions options) {
        this(options, Math.min(DEFAULT_MAX_THREADS, Runtime.getRuntime().availableProcessors()),
                ParallelCsv.RANGE_BYTES);
    }

    private CsvDataReader(CsvOptions options, int threads, int rangeBytes) {
        Arguments.requireNonNull(options, "options");
        this.options = options;
        this.threads = threads;
        this.rangeBytes = rangeBytes;
    }

    /**
     * @param count the threads that read a file's byte ranges at once (1 reads sequentially; the
     *              result is bit-identical for every count)
     * @return this reader with {@code count} reading threads
     * @throws CsiSpecificationException unless 1 ≤ count ≤ {@value #MAX_THREADS}
     */
    public CsvDataReader withThreads(int count) {
        if (count < 1 || count > MAX_THREADS) {
            throw new CsiSpecificationException("the number of reading threads must be between 1 and " + MAX_THREADS
                    + ", got " + count);
        }
        return new CsvDataReader(options, count, rangeBytes);
    }

    /** @return the number of reading threads */
    public int threads() {
        return threads;
    }

    /** Smaller ranges, so that tests cut small files into many ranges. */
    CsvDataReader withRangeBytes(int bytes) {
        return new CsvDataReader(options, threads, bytes);
    }

    /** @return a reader with {@link CsvOptions#defaults()} */
    public static CsvDataReader withDefaults() {
        return new CsvDataReader(CsvOptions.defaults());
    }

    /** @return the options */
    public CsvOptions options() {
        return options;
    }

    /**
     * @param file the CSV file
     * @return the column names of the file's header line
     * @throws CsiDataException if the file cannot be read or its header is empty or repeats a name
     */
    public List<String> header(Path file) {
        Arguments.requireNonNull(file, "file");
        try (Reader in = open(file)) {
            return new CsvScan(in, file.toString(), options).header();
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /**
     * Reads the named numeric columns of {@code file}, in the given order.
     *
     * @param file the CSV file
     * @param columns the numeric columns to read, in the order wanted
     * @return the table of the named columns, one row per data line
     * @throws CsiDataException naming file, line, row and column at the first problem
     */
    public DataTable read(Path file, List<String> columns) {
        Arguments.requireNonNull(file, "file");
        Arguments.requireNonNull(columns, "columns");
        return readGrouped(file, header -> columns, null).table();
    }

    /**
     * Reads the named numeric columns from {@code in}; {@code source} names it in messages. The
     * reader is not closed.
     *
     * @param in the input, read once
     * @param source names the input in messages (e.g. its file name, or "standard input")
     * @param columns the numeric columns to read, in the order wanted
     * @return the table of the named columns, one row per data line
     */
    public DataTable read(Reader in, String source, List<String> columns) {
        Arguments.requireNonNull(in, "in");
        Arguments.requireNonNull(source, "source");
        Arguments.requireNonNull(columns, "columns");
        return new CsvScan(in, source, options).read(columns, null).table();
    }

    /**
     * Reads the named numeric columns of {@code file} and the text column {@code groupColumn},
     * whose cells label each row's group (segment). A group label may not be empty or the
     * missing-value token.
     *
     * @param file the CSV file
     * @param columns the numeric columns to read, in the order wanted
     * @param groupColumn the text column whose cells label each row's group (segment)
     * @return the table of the named columns and each row's group label
     */
    public GroupedData readGrouped(Path file, List<String> columns, String groupColumn) {
        Arguments.requireNonNull(file, "file");
        Arguments.requireNonNull(columns, "columns");
        if (groupColumn == null || groupColumn.isBlank()) {
            throw new CsiSpecificationException("the grouping column name is empty");
        }
        return readGrouped(file, header -> columns, groupColumn);
    }

    /**
     * Reads {@code file} into memory, its byte ranges on {@link #threads()} threads (see
     * {@link #fold}): each range fills its own column arrays, sized from its line count, which
     * are then joined into the table's columns without further copies.
     *
     * @param columns     the header → the columns to read (it may throw to reject the header)
     * @param groupColumn a text column labelling each row's group, or null for none (the
     *                    labels are then empty)
     * @param file the CSV file
     * @return the table of the chosen columns and each row's group label (empty labels without a group column)
     * @throws CsiDataException naming file, line, row and column at the first problem
     */
    public GroupedData readGrouped(Path file, Function<List<String>, List<String>> columns, String groupColumn) {
        Arguments.requireNonNull(file, "file");
        Arguments.requireNonNull(columns, "columns");
        requireGroup(groupColumn);
        ColumnBlocks blocks = new CsvFileFold(options, threads, rangeBytes).fold(file, columns, groupColumn,
                ColumnBlocks.sink(groupColumn != null));
        return grouped(blocks, groupColumn);
    }

    /**
     * Folds the rows of {@code file} into per-range states on {@link #threads()} threads, merged
     * in file order (see {@link CsvFold}): the file is cut into fixed byte ranges at record
     * boundaries and each range is parsed from its bytes, numbers with exact IEEE rounding. A
     * file the byte tokenizer does not take (a quote character anywhere, an encoding that is not
     * ASCII-compatible such as UTF-16, lone CR line ends, bytes invalid in the encoding) is read
     * on one thread, record by record, with the same values and messages.
     *
     * @param columns     the header → the columns to read (it may throw to reject the header)
     * @param groupColumn a text column labelling each row's group, or null for none
     * @param <S> the type of the fold's state
     * @param file the CSV file
     * @param fold the per-range state: created, fed rows and merged in file order
     * @return the merged state of all rows
     * @throws CsiDataException naming file, line, row and column at the first problem in file order
     */
    public <S> S fold(Path file, Function<List<String>, List<String>> columns, String groupColumn, CsvFold<S> fold) {
        Arguments.requireNonNull(file, "file");
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(fold, "fold");
        requireGroup(groupColumn);
        return new CsvFileFold(options, threads, rangeBytes).fold(file, columns, groupColumn, RangeSink.of(fold));
    }

    /**
     * As {@link #fold(Path, Function, String, CsvFold)}, from a stream read once, sequentially
     * (standard input, a pipe): one state, no merge; {@code in} is not closed.
     *
     * @param source names the input in messages
     * @param <S> the type of the fold's state
     * @param in the input, read once
     * @param columns the header → the columns to read (it may throw to reject the header)
     * @param groupColumn a text column whose cells label each row's group (segment), or null for none
     * @param fold the per-range state: created, fed rows and merged in file order
     * @return the state of all rows
     */
    public <S> S fold(InputStream in, String source, Function<List<String>, List<String>> columns, String groupColumn,
                      CsvFold<S> fold) {
        Arguments.requireNonNull(in, "in");
        Arguments.requireNonNull(source, "source");
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(fold, "fold");
        requireGroup(groupColumn);
        return new CsvFileFold(options, threads, rangeBytes).sequential(decoding(in, source), source, columns,
                groupColumn, RangeSink.of(fold));
    }

    private static GroupedData grouped(ColumnBlocks blocks, String groupColumn) {
        int rows = blocks.rows();
        List<String> labels = groupColumn == null ? Collections.nCopies(rows, "") : blocks.labels();
        DataTable table = blocks.table();
        return new GroupedData(table, groupColumn == null ? "" : groupColumn, labels);
    }

    /**
     * As {@link #readGrouped(Path, List, String)}, from a reader that is not closed.
     *
     * @param in the input, read once
     * @param source names the input in messages (e.g. its file name, or "standard input")
     * @param columns the numeric columns to read, in the order wanted
     * @param groupColumn the text column whose cells label each row's group (segment)
     * @return the table of the named columns and each row's group label
     */
    public GroupedData readGrouped(Reader in, String source, List<String> columns, String groupColumn) {
        Arguments.requireNonNull(in, "in");
        Arguments.requireNonNull(source, "source");
        Arguments.requireNonNull(columns, "columns");
        if (groupColumn == null || groupColumn.isBlank()) {
            throw new CsiSpecificationException("the grouping column name is empty");
        }
        return new CsvScan(in, source, options).read(columns, groupColumn);
    }

    /**
     * Opens {@code file} for one pass over the named numeric columns, record by record, without
     * holding rows in memory (see {@link CsvRowStream}).
     *
     * @param groupColumn a text column whose cells label each row's group, or null for none
     * @param file the CSV file
     * @param columns the numeric columns to read, in the order wanted
     * @return an open stream of the rows; close it
     * @throws CsiDataException if the file cannot be opened, or its header is bad or lacks a column
     */
    public CsvRowStream stream(Path file, List<String> columns, String groupColumn) {
        Arguments.requireNonNull(file, "file");
        Arguments.requireNonNull(columns, "columns");
        Reader in = open(file);
        try {
            return stream(in, file.toString(), columns, groupColumn);
        } catch (RuntimeException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    /**
     * As {@link #stream(Path, List, String)}, from {@code in}, which {@link CsvRowStream#close()}
     * closes; {@code source} names it in messages.
     *
     * @param in the input, read once
     * @param source names the input in messages (e.g. its file name, or "standard input")
     * @param columns the numeric columns to read, in the order wanted
     * @param groupColumn a text column whose cells label each row's group (segment), or null for none
     * @return an open stream of the rows; closing it closes {@code in}
     */
    public CsvRowStream stream(Reader in, String source, List<String> columns, String groupColumn) {
        Arguments.requireNonNull(in, "in");
        Arguments.requireNonNull(source, "source");
        Arguments.requireNonNull(columns, "columns");
        if (groupColumn != null && groupColumn.isBlank()) {
            throw new CsiSpecificationException("the grouping column name is empty");
        }
        return new CsvRowStream(in, source, options, header -> columns, groupColumn);
    }

    /**
     * Streams {@code in} (decoded with {@link CsvOptions#encoding()}; closed by
     * {@link CsvRowStream#close()}) opening it once: {@code columns} chooses the columns from the
     * header, so standard input or a pipe can be read without a second pass for the header.
     *
     * @param source      names the input in messages
     * @param columns     the header → the columns to read (it may throw to reject the header)
     * @param groupColumn a text column labelling each row's group, or null for none
     * @param in the input, read once
     * @return an open stream of the rows; closing it closes {@code in}
     */
    public CsvRowStream stream(InputStream in, String source, Function<List<String>, List<String>> columns,
                               String groupColumn) {
        Reader reader = decoding(in, source);
        try {
            requireGroup(groupColumn);
            return new CsvRowStream(reader, source, options, columns, groupColumn);
        } catch (RuntimeException e) {
            closeQuietly(reader, e);
            throw e;
        }
    }

    /**
     * Reads {@code in} once, as {@link #stream(InputStream, String, Function, String)} chooses
     * the columns; {@code in} is not closed.
     *
     * @param groupColumn a text column labelling each row's group, or null for none (the
     *                    labels are then empty)
     * @param in the input, read once
     * @param source names the input in messages (e.g. its file name, or "standard input")
     * @param columns the header → the columns to read (it may throw to reject the header)
     * @return the table of the chosen columns and each row's group label
     */
    public GroupedData readGrouped(InputStream in, String source, Function<List<String>, List<String>> columns,
                                   String groupColumn) {
        requireGroup(groupColumn);
        return new CsvScan(decoding(in, source), source, options).read(columns, groupColumn);
    }

    private static void requireGroup(String groupColumn) {
        if (groupColumn != null && groupColumn.isBlank()) {
            throw new CsiSpecificationException("the grouping column name is empty");
        }
    }

    private Reader decoding(InputStream in, String source) {
        if (in == null) {
            throw new CsiSpecificationException("the CSV input stream is null");
        }
        return new DecodingReader(in, source, options.encoding());
    }

    /**
     * Hands every row of the named columns of {@code file} to {@code consumer}, in file order, in
     * one pass; the array is reused between calls.
     *
     * @param file the CSV file
     * @param columns the numeric columns to read, in the order wanted
     * @param consumer receives each row's values in {@code columns} order (the array is reused)
     * @return the number of data rows
     */
    public long forEachRow(Path file, List<String> columns, Consumer<double[]> consumer) {
        try (CsvRowStream rows = stream(file, columns, null)) {
            while (rows.hasNext()) {
                consumer.accept(rows.next());
            }
            return rows.row();
        }
    }

    private static void closeQuietly(Reader in, RuntimeException cause) {
        try {
            in.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private Reader open(Path file) {
        if (file == null) {
            throw new CsiSpecificationException("the CSV file path is null");
        }
        try {
            return new DecodingReader(Files.newInputStream(file), file.toString(), options.encoding());
        } catch (NoSuchFileException e) {
            throw new CsiDataException(file + ": no such file");
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    private static CsiDataException readFailure(Path file, IOException e) {
        return new CsiDataException(file + ": cannot read the file (" + e + ")", e);
    }
}
