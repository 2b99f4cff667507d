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

    private final CsvOptions options;

    /** @param options how to read */
    public CsvDataReader(CsvOptions options) {
        Arguments.requireNonNull(options, "options");
        this.options = options;
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
     * @throws CsiDataException naming file, line, row and column at the first problem
     */
    public DataTable read(Path file, List<String> columns) {
        Arguments.requireNonNull(file, "file");
        Arguments.requireNonNull(columns, "columns");
        try (Reader in = open(file)) {
            return read(in, file.toString(), columns);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /**
     * Reads the named numeric columns from {@code in}; {@code source} names it in messages. The
     * reader is not closed.
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
     */
    public GroupedData readGrouped(Path file, List<String> columns, String groupColumn) {
        Arguments.requireNonNull(file, "file");
        Arguments.requireNonNull(columns, "columns");
        try (Reader in = open(file)) {
            return readGrouped(in, file.toString(), columns, groupColumn);
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /** As {@link #readGrouped(Path, List, String)}, from a reader that is not closed. */
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
