package dev.csimodel.io.excel;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowChunk;
import dev.csimodel.data.source.TableChunks;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One sheet of an Excel workbook (.xlsx, ECMA-376 Office Open XML SpreadsheetML), read by
 * streaming its rows: the first row is the header (column names), every later row with at least
 * one non-empty cell is an observation. Empty cells are missing (NaN); numbers are exactly the
 * doubles stored in the file. Text, boolean and error cells are kept out of the numbers: asking
 * for a column holding one through {@link #table(List)} is an error naming the cell
 * ({@code survey!C17}).
 *
 * <p>As a {@link DataSource}: {@link #read} is {@link #table(List)}, {@link #stream} hands out
 * chunks of it with {@link #labels} as the group labels, and the description names file and sheet.
 */
public final class XlsxFile implements DataSource {

    private final Path path;
    private final String sheet;
    private final SheetColumns columns;

    private XlsxFile(Path path, String sheet, SheetColumns columns) {
        this.path = path;
        this.sheet = sheet;
        this.columns = columns;
    }

    /**
     * Reads one sheet of a workbook.
     *
     * @param path  the .xlsx file
     * @param sheet the sheet's name; empty for the first sheet of the workbook
     * @return the sheet's header and cells
     * @throws CsiDataException if the file cannot be read or is not an .xlsx workbook (naming the
     *                          file), if it has no sheet called {@code sheet} (naming the sheets
     *                          it has), or if the sheet has no header row
     */
    public static XlsxFile read(Path path, Optional<String> sheet) {
        Arguments.requireNonNull(path, "path");
        Arguments.requireNonNull(sheet, "sheet");
        if (!Files.isRegularFile(path)) {
            throw new CsiDataException(path + ": no such file");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile())) {
            Sheet chosen = choose(path, workbook, sheet);
            return new XlsxFile(path, chosen.getName(), rows(path, chosen));
        } catch (CsiDataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the parser reports damaged parts with whatever exception it meets (ZipException,
            // ExcelReaderException, NumberFormatException on a mangled index...): all mean this file

            throw new CsiDataException(path + ": not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    private static Sheet choose(Path path, ReadableWorkbook workbook, Optional<String> name) {
        if (name.isEmpty()) {
            return workbook.getSheets().findFirst().orElseThrow(() ->
                    new CsiDataException(path + ": the workbook has no sheet"));
        }
        return workbook.findSheet(name.get()).orElseThrow(() -> new CsiDataException(path + ": no sheet '"
                + name.get() + "'; the sheets are " + workbook.getSheets().map(Sheet::getName).toList()));
    }

    private static SheetColumns rows(Path path, Sheet sheet) throws IOException {
        SheetColumns out = new SheetColumns(sheet.getName());
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                throw new CsiDataException(path + ": sheet '" + sheet.getName() + "' is empty (no header row)");
            }
            Row first = it.next();
            out.header(first);
            if (out.header().stream().allMatch(String::isEmpty)) {
                throw new CsiDataException(path + ": sheet '" + sheet.getName() + "' has no column names in row "
                        + first.getRowNum());
            }
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /**
     * The observations of {@code names}, in that order, for a model's indicators.
     *
     * @param names column names from the header row
     * @return one column per name, empty cells as NaN
     * @throws CsiDataException naming the first column that is not in the header or appears twice
     *                          in it, or the first cell of a requested column that is not a number
     */
    public DataTable table(List<String> names) {
        Arguments.requireNonNull(names, "names");
        double[][] data = new double[names.size()][];
        for (int k = 0; k < names.size(); k++) {
            data[k] = column(names.get(k));
        }
        return DataTable.adopt(names, data);
    }

    /**
     * The cells of a grouping column as labels: a cell that is not a number gives its text, a
     * number cell the number (an integer without decimals, as {@code 2} for 2.0).
     *
     * @param name a column name from the header row
     * @return one label per observation
     * @throws CsiDataException naming the column if it is not in the header, and the first cell
     *                          that is empty
     */
    public List<String> labels(String name) {
        int j = index(name);
        double[] values = columns.values(j);
        List<String> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Optional<String> text = columns.text(j, i);
            if (text.isEmpty() && Double.isNaN(values[i])) {
                throw new CsiDataException(path + ": observation " + (i + 1) + " of sheet '" + sheet
                        + "' has no value in column '" + name + "'");
            }
            double v = values[i];
            out.add(text.orElseGet(() -> v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v)));
        }
        return List.copyOf(out);
    }

    private double[] column(String name) {
        int j = index(name);
        columns.firstText(j).ifPresent(cell -> {
            throw new CsiDataException(path + ": " + cell + " in column '" + name + "'; only numbers or empty "
                    + "cells can be read as data");
        });
        return columns.values(j);
    }

    private int index(String name) {
        Arguments.requireNonNull(name, "name");
        int j = columns.column(name).orElseThrow(() -> new CsiDataException(path + ": sheet '" + sheet
                + "' has no column '" + name + "'; the columns are " + columnNames()));
        columns.duplicate(name).ifPresent(cells -> {
            throw new CsiDataException(path + ": column '" + name + "' is named twice, in " + cells);
        });
        return j;
    }

    @Override
    public String description() {
        return path + " (sheet '" + sheet + "')";
    }

    /** The same as {@link #table(List)}. */
    @Override
    public DataTable read(List<String> columns) {
        return table(columns);
    }

    /** Chunks of {@link #table(List)}; with a group, {@link #labels} label the rows. */
    @Override
    public void stream(List<String> columns, Optional<String> group, Consumer<RowChunk> sink) {
        Arguments.requireNonNull(group, "group");
        TableChunks.stream(description(), table(columns), group.map(this::labels).orElse(List.of()),
                DEFAULT_CHUNK_ROWS, sink);
    }

    /** @return the non-empty header names, in column order */
    @Override
    public List<String> columnNames() {
        return columns.header().stream().filter(s -> !s.isEmpty()).toList();
    }

    /** @return the number of observations (data rows that are not blank) */
    public int rowCount() {
        return columns.rows();
    }

    /** @return the name of the sheet that was read */
    public String sheet() {
        return sheet;
    }

    /** @return the file this was read from */
    public Path path() {
        return path;
    }
}
