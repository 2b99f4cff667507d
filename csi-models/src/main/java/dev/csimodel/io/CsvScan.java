package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One pass over one CSV source, record by record: the in-memory reader and the streaming
 * {@link CsvRowStream} share this parsing, and hence its messages. Keeps its own line count because blank lines are handed through
 * as records (so that the start line of each record is known) and skipped here.
 */
final class CsvScan {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int SHOWN_HEADER = 200;

    private final String source;
    private final CellParser cells;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long recordLine;
    private long lineOffset;
    private final char delimiter;
    private List<String> wanted;
    private int[] positions;
    private int headerWidth;
    private String groupColumn;
    private int groupPosition = -1;
    private long row;
    private String label;

    CsvScan(Reader in, String source, CsvOptions options) {
        this.source = source;
        this.cells = new CellParser(options.missingCodes(), options.decimalComma());
        Reader input = in;
        char delimiter = options.delimiter();
        if (options.detectDelimiter()) {
            DelimiterSniffer sniffed = DelimiterSniffer.sniff(in, source);
            input = sniffed.rest();
            delimiter = sniffed.delimiter();
            lineOffset = sniffed.linesConsumed();
            if (options.decimalComma() && delimiter == ',') {
                throw new CsiDataException(source + ": the delimiter found in the header is ',', which cannot be "
                        + "combined with decimal commas; give the delimiter explicitly (e.g. ';')");
            }
        }
        this.delimiter = delimiter;
        CSVFormat format = new CsvDialect(delimiter).commonsFormat();
        try {
            this.parser = CSVParser.parse(input, format);
        } catch (IOException e) {
            throw new CsiDataException(source + ": cannot read (" + e.getMessage() + ")", e);
        }
        this.records = parser.iterator();
    }

    List<String> header() {
        CSVRecord first = next();
        if (first == null) {
            throw new CsiDataException(source + ": the file is empty; a header line naming the columns is required");
        }
        List<String> names = new ArrayList<>(first.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < first.size(); j++) {
            String name = first.get(j).strip();
            if (j == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
                name = name.substring(1).strip();
            }
            if (name.isEmpty()) {
                throw new CsiDataException(at() + ": header column " + (j + 1) + " has no name");
            }
            Integer before = seen.put(name, j);
            if (before != null) {
                throw new CsiDataException(at() + ": duplicate column name '" + CellParser.shown(name) + "' in the header (columns "
                        + (before + 1) + " and " + (j + 1) + ")");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Reads the header and locates the requested columns (and the grouping column unless null),
     * ready for {@link #nextRow}.
     */
    void start(List<String> columns, String groupColumn) {
        start(header -> columns, groupColumn);
    }

    /** As {@link #start(List, String)}, with the columns chosen from the header by {@code columns}. */
    void start(Function<List<String>, List<String>> columns, String groupColumn) {
        List<String> header = header();
        wanted = distinct(columns.apply(header));
        headerWidth = header.size();
        positions = positions(header, wanted);
        this.groupColumn = groupColumn;
        groupPosition = groupColumn == null ? -1 : positions(header, List.of(groupColumn))[0];
    }

    /**
     * Parses the next data record into {@code values} (one per requested column, in order) and
     * remembers its group label.
     *
     * @return false at the end of the input
     * @throws CsiDataException naming line, row and column of a bad record or cell
     */
    boolean nextRow(double[] values) {
        CSVRecord record = next();
        if (record == null) {
            return false;
        }
        row++;
        requireWidth(record, headerWidth, row);
        for (int j = 0; j < positions.length; j++) {
            values[j] = cells.number(record.get(positions[j]), place(row, wanted.get(j)));
        }
        if (groupPosition >= 0) {
            label = cells.label(record.get(groupPosition), place(row, groupColumn));
        }
        return true;
    }

    GroupedData read(List<String> columns, String groupColumn) {
        return read(header -> columns, groupColumn);
    }

    GroupedData read(Function<List<String>, List<String>> columns, String groupColumn) {
        start(columns, groupColumn);
        ColumnBuffer buffer = new ColumnBuffer(wanted.size());
        List<String> labels = new ArrayList<>();
        double[] values = new double[wanted.size()];
        while (nextRow(values)) {
            buffer.add(values);
            if (groupPosition >= 0) {
                labels.add(label);
            }
        }
        requireRows();
        DataTable table = DataTable.adopt(wanted, buffer.columns());
        int rows = Math.toIntExact(row);
        return new GroupedData(table, groupColumn == null ? "" : groupColumn, groupColumn == null ? blank(rows) : labels);
    }

    /** @throws CsiDataException if the input held no data row after the header */
    void requireRows() {
        if (row == 0) {
            throw new CsiDataException(source + ": the file has a header but no data rows");
        }
    }

    /** @return the delimiter in use (given, or found in the file) */
    char delimiter() {
        return delimiter;
    }

    /** @return the number of header columns (after {@link #start}) */
    int headerWidth() {
        return headerWidth;
    }

    /** @return the 0-based header position of each requested column (after {@link #start}) */
    int[] positions() {
        return positions.clone();
    }

    /** @return the 0-based header position of the grouping column, or −1 (after {@link #start}) */
    int groupPosition() {
        return groupPosition;
    }

    /** @return the grouping column, or null (after {@link #start}) */
    String groupColumn() {
        return groupColumn;
    }

    /** @return the cell parser of these options */
    CellParser cells() {
        return cells;
    }

    /** @return the requested columns, without repeats, in order (after {@link #start}) */
    List<String> columns() {
        return wanted;
    }

    /** @return the group label of the row last parsed */
    String label() {
        return label;
    }

    /** @return the 1-based data row last parsed */
    long row() {
        return row;
    }

    /** @return source, line and data row of the row last parsed, for messages */
    String place() {
        return at(row);
    }

    void close() throws IOException {
        parser.close();
    }

    private Supplier<String> place(long row, String column) {
        return () -> at(row) + ", column '" + column + "'";
    }

    private static List<String> blank(int rows) {
        List<String> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add("");
        }
        return out;
    }

    private void requireWidth(CSVRecord record, int width, long row) {
        if (record.size() != width) {
            throw new CsiDataException(at(row) + ": " + record.size() + (record.size() == 1 ? " field" : " fields")
                    + ", but the header has " + width + " columns");
        }
    }

    private int[] positions(List<String> header, List<String> wanted) {
        int[] out = new int[wanted.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = header.indexOf(wanted.get(j));
            if (out[j] < 0) {
                throw new CsiDataException(source + ": no column '" + CellParser.shown(wanted.get(j))
                        + "' in the header; the columns are " + shownHeader(header) + delimiterHint(header));
            }
        }
        return out;
    }

    /** @return the header as a list for a message, cut to about {@value #SHOWN_HEADER} characters */
    static String shownHeader(List<String> header) {
        StringBuilder out = new StringBuilder("[");
        for (int j = 0; j < header.size(); j++) {
            if (out.length() > SHOWN_HEADER) {
                return out.append("... (").append(header.size()).append(" columns)]").toString();
            }
            out.append(j == 0 ? "" : ", ").append(CellParser.shown(header.get(j)));
        }
        return out.append(']').toString();
    }

    /** A file read with the wrong delimiter has one column whose name holds the right one. */
    private String delimiterHint(List<String> header) {
        if (header.size() != 1) {
            return "";
        }
        for (char c : DelimiterSniffer.CANDIDATES) {
            if (c != delimiter && header.get(0).indexOf(c) >= 0) {
                return "; the header has a single column: is the delimiter '" + DelimiterSniffer.name(c)
                        + "' rather than '" + DelimiterSniffer.name(delimiter) + "'? (set the delimiter, --delimiter)";
            }
        }
        return "";
    }

    private static List<String> distinct(List<String> columns) {
        if (columns == null) {
            throw new CsiSpecificationException("the list of columns to read is null");
        }
        if (columns.isEmpty()) {
            throw new CsiSpecificationException("no columns to read were named");
        }
        for (String c : columns) {
            if (c == null || c.isBlank()) {
                throw new CsiSpecificationException("a requested column name is empty: " + columns);
            }
        }
        return List.copyOf(new LinkedHashSet<>(columns));
    }

    /** @return the next non-blank record, or null at the end; remembers its first line */
    private CSVRecord next() {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                recordLine = before + 1 + lineOffset;
                throw new CsiDataException(at() + ": malformed CSV (" + rootMessage(e) + ")", e);
            }
            recordLine = before + 1 + lineOffset;
            if (!(record.size() == 1 && record.get(0).isBlank())) {
                return record;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private String at() {
        return source + ", line " + recordLine;
    }

    private String at(long row) {
        return at() + " (data row " + row + ")";
    }
}
