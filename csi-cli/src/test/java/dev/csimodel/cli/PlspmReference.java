package dev.csimodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plspm reference tables (simple CSV written by R: quoted names, numbers, no embedded
 * separators) from the test resources.
 */
final class PlspmReference {

    private final List<String> header;
    private final List<List<String>> rows;

    private PlspmReference(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static PlspmReference load(String resource) {
        try (InputStream in = PlspmReference.class.getResourceAsStream("/satisfaction/" + resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                rows.add(cells(lines[i]));
            }
            return new PlspmReference(cells(lines[0]), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split(",", -1)) {
            out.add(c.replace("\"", ""));
        }
        return out;
    }

    /** @return the number in the row whose first cell is {@code rowName}, column {@code column} */
    double value(String rowName, String column) {
        int j = header.indexOf(column);
        for (List<String> row : rows) {
            if (row.get(0).equals(rowName)) {
                return Double.parseDouble(row.get(j));
            }
        }
        throw new IllegalArgumentException("no row " + rowName + " in reference table");
    }

    List<String> header() {
        return header;
    }

    List<String> rowNames() {
        return rows.stream().map(r -> r.get(0)).toList();
    }
}
