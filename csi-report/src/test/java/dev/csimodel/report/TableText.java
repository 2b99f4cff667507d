package dev.csimodel.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the tables of a Markdown or LaTeX report back into cells (caption → header and rows),
 * undoing the writers' escaping, so that tests can compare them with the JSON report.
 */
public final class TableText {

    /** One table read back: its header and rows of cell texts. */
    public record Parsed(List<String> header, List<List<String>> rows) {
    }

    private TableText() {
    }

    /** @return the pipe tables of a Markdown document by caption ("Table: caption" lines) */
    public static Map<String, Parsed> markdown(String doc) {
        Map<String, Parsed> out = new LinkedHashMap<>();
        List<String> lines = doc.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("Table: ")) {
                continue;
            }
            String caption = unescapeMarkdown(lines.get(i).substring("Table: ".length()));
            assertEquals("", lines.get(i + 1), "a blank line after the caption " + caption);
            List<String> header = markdownCells(lines.get(i + 2));
            assertTrue(lines.get(i + 3).matches("\\|( (:---|---:) \\|)+"), lines.get(i + 3));
            List<List<String>> rows = new ArrayList<>();
            for (int k = i + 4; k < lines.size() && lines.get(k).startsWith("|"); k++) {
                List<String> row = markdownCells(lines.get(k));
                assertEquals(header.size(), row.size(), () -> caption + ": " + row);
                rows.add(row);
            }
            out.put(caption, new Parsed(header, rows));
        }
        return out;
    }

    /** Splits a pipe-table line on the pipes not escaped by a backslash. */
    public static List<String> markdownCells(String line) {
        assertTrue(line.startsWith("| ") && line.endsWith(" |"), line);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = line.substring(2, line.length() - 2);
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) {
                cell.append(body.charAt(++i));
            } else if (ch == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static String unescapeMarkdown(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    /** @return the tabulars of a LaTeX fragment by caption */
    public static Map<String, Parsed> latex(String doc) {
        Map<String, Parsed> out = new LinkedHashMap<>();
        List<String> lines = doc.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("\\caption{")) {
                continue;
            }
            String caption = unescapeLatex(line.substring("\\caption{".length(), line.length() - 1));
            int top = lines.subList(i, lines.size()).indexOf("\\toprule") + i;
            List<String> header = latexCells(lines.get(top + 1));
            assertEquals("\\midrule", lines.get(top + 2));
            List<List<String>> rows = new ArrayList<>();
            for (int k = top + 3; !lines.get(k).equals("\\bottomrule"); k++) {
                List<String> row = latexCells(lines.get(k));
                assertEquals(header.size(), row.size(), () -> caption + ": " + row);
                rows.add(row);
            }
            out.put(caption, new Parsed(header, rows));
        }
        return out;
    }

    private static List<String> latexCells(String line) {
        assertTrue(line.endsWith(" \\\\"), line);
        String body = line.substring(0, line.length() - 3);
        List<String> cells = new ArrayList<>();
        // an escaped ampersand is "\&"; a separator is " & "
        for (String cell : body.split("(?<!\\\\)&", -1)) {
            cells.add(unescapeLatex(cell.strip()));
        }
        return cells;
    }

    public static String unescapeLatex(String s) {
        return s.replace("\\textless{}", "<").replace("\\textgreater{}", ">").replace("\\textbar{}", "|")
                .replace("\\textsuperscript{2}", "²").replace("$\\rightarrow$", "→").replace("$\\geq$", "≥")
                .replace("$\\leq$", "≤").replace("\\textasciitilde{}", "~").replace("\\textasciicircum{}", "^")
                .replace("\\textbackslash{}", "\\").replaceAll("\\\\([&%$#_{}])", "$1");
    }

    /** @return {@code v} as a document shows it with {@code decimals} decimals, "n/a" when absent */
    public static String shown(com.fasterxml.jackson.databind.JsonNode v, int decimals) {
        return v == null || v.isNull() ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v.asDouble());
    }

    /** @return a p-value as shown: "<0.001" below 0.001 */
    public static String shownP(com.fasterxml.jackson.databind.JsonNode v) {
        return v == null || v.isNull() ? "n/a" : v.asDouble() < 0.001 ? "<0.001" : shown(v, 3);
    }
}
