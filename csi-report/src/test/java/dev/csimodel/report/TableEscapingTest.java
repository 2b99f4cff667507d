package dev.csimodel.report;

import dev.csimodel.report.table.CsvTables;
import dev.csimodel.report.table.LatexReport;
import dev.csimodel.report.table.MarkdownReport;
import dev.csimodel.report.table.Table;
import dev.csimodel.report.table.TableReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Construct and indicator names with the characters each format gives a meaning to survive
 * every table format: escaped in LaTeX and Markdown (and read back as written), quoted in CSV.
 */
class TableEscapingTest {

    /** LaTeX's ten specials, its font-encoding traps (< > |), the report's symbols, Markdown's markup. */
    private static final List<String> NAMES = List.of("A&B_1", "50% #1 $", "x{y}~^\\", "R²→Y≥≤", "a|b*c <d>",
            "he said \"hi\", ok");

    private static ConstructEntry construct(String name, Double r2) {
        return new ConstructEntry(name, "A", "composite", r2, r2, 0.6, 0.8, 0.85, 0.82, 0.86, 0.6, null, null, null,
                null, null);
    }

    private static EstimationReport report() {
        List<ConstructEntry> constructs = NAMES.stream().map(n -> construct(n, n.equals("A&B_1") ? null : 0.4)).toList();
        List<IndicatorEntry> indicators = NAMES.stream()
                .map(n -> new IndicatorEntry(n + "_i", n, 0.5, 0.75, 0.56, null, 1.4)).toList();
        List<PathEntry> paths = NAMES.subList(1, NAMES.size()).stream()
                .map(n -> new PathEntry(NAMES.get(0), n, 0.3, 0.05, 6.0, 0.0004, 0.1, 1.2, null, null, null, null,
                        null, null, null)).toList();
        ReportSettings settings = new ReportSettings("50%_data&.csv", "m#odel", "path", "standardised", false,
                1e-7, 300, null, null, null, null, null, null, null, null, null, null, "absolute");
        return new EstimationReport(settings, 100, true, 4, constructs, indicators, paths, List.of(), List.of(), 0.5,
                null, null, List.of(), null, null, null, null, null, null, null);
    }

    private static String write(java.util.function.BiConsumer<TableReport, PrintWriter> writer) {
        StringWriter out = new StringWriter();
        writer.accept(TableReport.of(report()), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void latexEscapesEverySpecialCharacter() {
        String doc = write(LatexReport::write);
        assertTrue(doc.contains("A\\&B\\_1"), doc);
        assertTrue(doc.contains("50\\% \\#1 \\$"), doc);
        assertTrue(doc.contains("x\\{y\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}"), doc);
        assertTrue(doc.contains("R\\textsuperscript{2}$\\rightarrow$Y$\\geq$$\\leq$"), doc);
        assertTrue(doc.contains("a\\textbar{}b*c \\textless{}d\\textgreater{}"), doc);
        assertTrue(doc.contains("\\caption{Constructs and R\\textsuperscript{2}}"), doc);
        for (String line : doc.lines().toList()) {
            if (line.startsWith("%")) {
                continue;
            }
            String bare = line.replace("\\\\", "").replaceAll("\\\\[&%$#_{}]", "");
            assertFalse(bare.matches(".*[%#_~^].*") || bare.contains("$") && !bare.matches(".*\\$\\\\\\w+\\$.*"),
                    "unescaped special in " + line);
            assertFalse(bare.replace(" & ", "").contains("&"), "an ampersand that is not a separator in " + line);
            assertEquals(bare.chars().filter(c -> c == '{').count(), bare.chars().filter(c -> c == '}').count(),
                    "balanced braces in " + line);
        }
        // the names read back as written, and every row has one cell per column
        Map<String, TableText.Parsed> tables = TableText.latex(doc);
        assertEquals(NAMES, tables.get("Reliability and convergent validity").rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void markdownEscapesPipesAndMarkup() {
        String doc = write(MarkdownReport::write);
        assertTrue(doc.contains("a\\|b\\*c \\<d\\>"), doc);
        assertTrue(doc.contains("A&B\\_1"), doc);
        Map<String, TableText.Parsed> tables = TableText.markdown(doc);
        assertEquals(NAMES, tables.get("Reliability and convergent validity").rows().stream().map(r -> r.get(0)).toList());
        List<List<String>> paths = tables.get("Path coefficients").rows();
        assertEquals(NAMES.subList(1, NAMES.size()), paths.stream().map(r -> r.get(1)).toList());
        assertEquals("***", paths.get(0).get(6), "stars escaped, not emphasis");
        assertEquals("n/a", tables.get("Constructs and R²").rows().get(0).get(3), "absent R², not 0");
    }

    @Test
    void csvQuotesByRfc4180() throws IOException {
        Table reliability = TableReport.of(report()).tables().stream().filter(t -> t.id().equals("reliability"))
                .findFirst().orElseThrow();
        StringBuilder out = new StringBuilder();
        CsvTables.write(reliability, out);
        assertTrue(out.toString().contains("\"he said \"\"hi\"\", ok\",0.8,"), out::toString);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(NAMES, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void aTableRejectsARowOfTheWrongWidthAndABadId() {
        Table.Builder t = Table.builder("x", "X", "a", "b");
        t.row(dev.csimodel.report.table.Cell.text("only one"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, t::build);
        assertTrue(e.getMessage().contains("a row of 1 cells under 2 columns"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Table.builder("Paths!", "X", "a").build());
    }
}
