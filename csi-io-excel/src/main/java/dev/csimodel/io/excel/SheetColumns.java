package dev.csimodel.io.excel;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one sheet, filled row by row as the reader streams them: a number per cell
 * (NaN for an empty cell) and, per column, the first cell that does not hold a number. Numbers
 * are parsed from the cell's stored text with {@link Double#parseDouble}, so they are the
 * doubles Excel wrote (shortest round-trip decimal), bit for bit.
 */
final class SheetColumns {

    private final String sheet;
    private final List<String> header = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> duplicates = new HashMap<>();
    private double[][] values = new double[0][];
    private String[] firstText = new String[0];
    /** Per column, the text of its non-number cells; null until the column has one (most never do). */
    private String[][] texts = new String[0][];
    private int rows;

    SheetColumns(String sheet) {
        this.sheet = sheet;
    }

    /** Takes the header names from the first row; an empty header cell leaves its column unnamed. */
    void header(Row row) {
        for (int j = 0; j < row.getCellCount(); j++) {
            Cell cell = row.getCell(j);
            String name = cell == null || cell.getType() == CellType.EMPTY ? "" : cell.getText().trim();
            header.add(name);
            if (!name.isEmpty() && index.putIfAbsent(name, j) != null) {
                duplicates.put(name, CellName.of(sheet, index.get(name), row.getRowNum()) + " and "
                        + CellName.of(sheet, j, row.getRowNum()));
            }
        }
        values = new double[header.size()][16];
        firstText = new String[header.size()];
        texts = new String[header.size()][];
    }

    /** Adds a data row; a row with no non-empty cell (a blank line) is not an observation. */
    void add(Row row) {
        if (row.getFirstNonEmptyCell().isEmpty()) {
            return;
        }
        if (rows == values[0].length) {
            for (int j = 0; j < values.length; j++) {
                values[j] = Arrays.copyOf(values[j], rows * 2);
                texts[j] = texts[j] == null ? null : Arrays.copyOf(texts[j], rows * 2);
            }
        }
        for (int j = 0; j < values.length; j++) {
            values[j][rows] = value(j < row.getCellCount() ? row.getCell(j) : null, j, row.getRowNum());
        }
        rows++;
    }

    private double value(Cell cell, int column, int row) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return Double.NaN;
        }
        String raw = cell.getRawValue();
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA) {
            try {
                return Double.parseDouble(raw); // a formula's cached result, when it is a number
            } catch (NumberFormatException | NullPointerException e) {
                // falls through: not a number
            }
        } else if (cell.getType() == CellType.STRING && (raw == null || raw.isBlank())) {
            return Double.NaN; // a cell holding "" looks empty in Excel
        }
        if (texts[column] == null) {
            texts[column] = new String[values[column].length];
        }
        texts[column][rows] = cell.getText() == null ? "" : cell.getText().trim();
        if (firstText[column] == null) {
            firstText[column] = CellName.of(sheet, column, row) + " holds " + describe(cell);
        }
        return Double.NaN;
    }

    private static String describe(Cell cell) {
        String text = cell.getText() == null ? "" : cell.getText();
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        return cell.getType().name().toLowerCase(java.util.Locale.ROOT) + " '" + shown + "'";
    }

    List<String> header() {
        return header;
    }

    int rows() {
        return rows;
    }

    /** @return the 0-based column of {@code name}, empty if the header has no such name */
    Optional<Integer> column(String name) {
        return Optional.ofNullable(index.get(name));
    }

    /** @return where {@code name} appears twice in the header, if it does */
    Optional<String> duplicate(String name) {
        return Optional.ofNullable(duplicates.get(name));
    }

    /** @return the first non-number cell of column {@code j} and what it holds, if any */
    Optional<String> firstText(int j) {
        return Optional.ofNullable(firstText[j]);
    }

    /** @return the text of column {@code j}'s cell in observation {@code i}, if it is not a number */
    Optional<String> text(int j, int i) {
        return texts[j] == null ? Optional.empty() : Optional.ofNullable(texts[j][i]);
    }

    /** @return a copy of column {@code j}'s values, one per observation */
    double[] values(int j) {
        return Arrays.copyOf(values[j], rows);
    }
}
