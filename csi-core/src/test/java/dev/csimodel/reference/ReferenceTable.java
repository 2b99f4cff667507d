package dev.csimodel.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference CSV from test resources (R's {@code write.csv} output: quoted strings, no quotes
 * inside values, "NA" for missing). Test-only: the library itself never parses CSV by hand.
 */
public final class ReferenceTable {

    private final List<String> header;
    private final List<List<String>> rows;

    private ReferenceTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static ReferenceTable load(String resource) {
        InputStream in = ReferenceTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = split(r.readLine());
            List<List<String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return new ReferenceTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            out.add(cell.replace("\"", ""));
        }
        return out;
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    public String cell(int row, int col) {
        return rows.get(row).get(col);
    }

    /** The cell of the row whose first column is {@code key}, in column {@code column}. */
    public String cell(String key, String column) {
        int c = header.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        for (List<String> row : rows) {
            if (row.get(0).equals(key)) {
                return row.get(c);
            }
        }
        throw new IllegalArgumentException("no row " + key);
    }

    public double number(String key, String column) {
        return Double.parseDouble(cell(key, column));
    }

    public double number(int row, int col) {
        return Double.parseDouble(cell(row, col));
    }
}
