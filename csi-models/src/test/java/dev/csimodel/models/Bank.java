package dev.csimodel.models;

import dev.csimodel.data.DataTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixtures: the bank survey and plspm reference CSVs copied into the test resources (see
 * satisfaction/ORIGIN.md). Read independently of the library's bundled copy.
 */
public final class Bank {

    private Bank() {
    }

    /** The 250 x 27 indicator table (gender dropped). */
    public static DataTable indicators() {
        List<List<String>> t = csv("/satisfaction/satisfaction.csv");
        List<String> names = t.get(0).subList(0, 27);
        double[][] rows = new double[t.size() - 1][27];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 27; j++) {
                rows[i][j] = Double.parseDouble(t.get(i + 1).get(j));
            }
        }
        return DataTable.ofRows(names, rows);
    }

    /** The gender of each respondent as in the file ("female"/"male"). */
    public static String[] gender() {
        List<List<String>> t = csv("/satisfaction/satisfaction.csv");
        String[] g = new String[t.size() - 1];
        for (int i = 0; i < g.length; i++) {
            g[i] = t.get(i + 1).get(27);
        }
        return g;
    }

    public static List<String> items(String stem, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(stem + i);
        }
        return out;
    }

    /** A CSV resource as rows of unquoted cells, header first. */
    public static List<List<String>> csv(String resource) {
        InputStream in = Bank.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    List<String> cells = new ArrayList<>();
                    for (String c : line.split(",", -1)) {
                        cells.add(c.replace("\"", ""));
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
