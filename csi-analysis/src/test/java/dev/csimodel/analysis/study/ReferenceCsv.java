package dev.csimodel.analysis.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the plspm reference tables of the test resources (see satisfaction/ORIGIN.md). */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** @return the rows of {@code resource} as unquoted cells, header first */
    static List<List<String>> read(String resource) {
        InputStream in = ReferenceCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> cells = new ArrayList<>();
                for (String c : line.split(",", -1)) {
                    cells.add(c.replace("\"", ""));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
