package dev.csimodel.cli;

import dev.csimodel.report.TableText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static dev.csimodel.report.TableText.shown;
import static dev.csimodel.report.TableText.shownP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The markdown, LaTeX, CSV and xlsx tables of the bootstrapped ECSI bank estimate with indices
 * and an IPMA of SAT, read back and compared with the JSON report of the same run: rounded as
 * shown in the documents, equal to the double in the spreadsheets; absent values are "n/a" or
 * empty, never 0.
 */
class TableFormatsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Same seed, same resamples: every format reports the same estimate. */
    private static final String[] RUN = {"estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
            "--target", "SAT", "--bootstrap", "40", "--seed", "11"};
    /** The tables of this run, in order. */
    private static final List<String> IDS = List.of("paths", "constructs", "reliability", "indicators", "htmt",
            "effects", "indices", "priorities", "indicator-impacts", "nca", "bottleneck-ce-fdh", "bottleneck-cr-fdh",
            "cipma", "specific-indirect", "htmt-inference", "fit");

    private static JsonNode json;

    @TempDir
    Path dir;

    @BeforeAll
    static void jsonReport() throws IOException {
        CliRun r = run(with("--format", "json"));
        assertEquals(0, r.exitCode(), r::toString);
        json = MAPPER.readTree(r.out());
    }

    private static String[] with(String... more) {
        return Stream.concat(Stream.of(RUN), Stream.of(more)).toArray(String[]::new);
    }

    private static String document(String format) {
        CliRun r = run(with("--format", format));
        assertEquals(0, r.exitCode(), r::toString);
        return r.out();
    }

    @Test
    void markdownTablesShowTheJsonNumbersRounded() {
        String doc = document("markdown");
        assertTrue(doc.startsWith("# csimodel: PLS path model estimate\n"), doc);
        assertDocumentTables(TableText.markdown(doc));
    }

    @Test
    void latexTablesShowTheJsonNumbersRounded() {
        String doc = document("latex");
        assertTrue(doc.contains("\\usepackage{booktabs}"), "says what it needs");
        assertEquals(IDS.size(), doc.split("\\\\begin\\{tabular\\}", -1).length - 1);
        assertEquals(IDS.size(), doc.split("\\\\bottomrule", -1).length - 1);
        for (String id : IDS) {
            assertTrue(doc.contains("\\label{tab:csi-" + id + "}"), id);
        }
        Map<String, TableText.Parsed> tables = TableText.latex(doc);
        assertEquals(List.of("construct", "mode", "type", "R²", "adj. R²", "communality", "redundancy"),
                tables.get("Constructs and R²").header(), "R\\textsuperscript{2} read back as R²");
        assertDocumentTables(tables);
    }

    /** The same checks for both document formats: every number of the main tables against the JSON. */
    private static void assertDocumentTables(Map<String, TableText.Parsed> tables) {
        assertEquals(IDS.size(), tables.size(), tables::toString);
        List<List<String>> paths = tables.get("Path coefficients").rows();
        assertEquals(json.get("paths").size(), paths.size());
        for (int i = 0; i < paths.size(); i++) {
            JsonNode p = json.get("paths").get(i);
            List<String> row = paths.get(i);
            assertEquals(List.of(p.get("from").asText(), p.get("to").asText(), shown(p.get("estimate"), 3),
                    shown(p.get("bootMean"), 3), shown(p.get("bootStdError"), 3), shown(p.get("bootTValue"), 2),
                    shownP(p.get("bootPValue")), stars(p.get("bootPValue").asDouble()), shown(p.get("ciLower"), 3),
                    shown(p.get("ciUpper"), 3), shown(p.get("f2"), 3), shown(p.get("vif"), 3)), row, "path " + i);
        }
        List<List<String>> constructs = tables.get("Constructs and R²").rows();
        List<List<String>> reliability = tables.get("Reliability and convergent validity").rows();
        List<List<String>> indices = tables.get("Indices (0-100)").rows();
        for (int i = 0; i < json.get("constructs").size(); i++) {
            JsonNode c = json.get("constructs").get(i);
            assertEquals(List.of(c.get("name").asText(), shown(c.get("r2"), 3), shown(c.get("r2Adjusted"), 3)),
                    List.of(constructs.get(i).get(0), constructs.get(i).get(3), constructs.get(i).get(4)));
            assertEquals(List.of(c.get("name").asText(), shown(c.get("cronbachAlpha"), 3), shown(c.get("rhoC"), 3),
                    shown(c.get("rhoA"), 3), shown(c.get("ave"), 3)), reliability.get(i));
            assertEquals(List.of(c.get("name").asText(), shown(c.get("index"), 1), shown(c.get("indexStdError"), 2),
                    shown(c.get("indexCiLower"), 1), shown(c.get("indexCiUpper"), 1)), indices.get(i));
        }
        // IMAG is exogenous: no R², said as n/a rather than 0
        assertTrue(json.get("constructs").get(0).get("r2").isNull());
        assertEquals("n/a", constructs.get(0).get(3));
        List<List<String>> indicators = tables.get("Outer weights and loadings").rows();
        for (int i = 0; i < json.get("indicators").size(); i++) {
            JsonNode e = json.get("indicators").get(i);
            assertEquals(List.of(e.get("construct").asText(), e.get("name").asText(), shown(e.get("weight"), 3),
                    shown(e.get("loading"), 3)), indicators.get(i).subList(0, 4));
        }
        List<List<String>> htmt = tables.get("Discriminant validity (HTMT)").rows();
        for (int i = 0; i < json.get("htmt").size(); i++) {
            assertEquals(shown(json.get("htmt").get(i).get("value"), 3), htmt.get(i).get(2));
        }
        JsonNode ipma = json.get("ipma");
        List<List<String>> priorities = tables.get("Importance-performance map of SAT: drivers by impact").rows();
        for (int i = 0; i < ipma.get("priorities").size(); i++) {
            JsonNode p = ipma.get("priorities").get(i);
            assertEquals(List.of(p.get("rank").asText(), p.get("name").asText(), shown(p.get("impact"), 2),
                    shown(p.get("performance"), 1)), priorities.get(i).subList(0, 4));
        }
        List<List<String>> fit = tables.get("Model fit").rows();
        assertEquals(List.of("GoF", "n/a", shown(json.get("gof"), 3)), fit.get(fit.size() - 1));
    }

    private static String stars(double p) {
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
    }

    @Test
    void csvWritesOneFilePerTableWithTheJsonDoubles() throws IOException {
        Path out = dir.resolve("tables");
        CliRun r = run(with("--format", "csv", "--output", out.toString()));
        assertEquals(0, r.exitCode(), r::toString);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(IDS.stream().map(id -> id + ".csv").sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        List<CSVRecord> paths = csv(out.resolve("paths.csv"));
        assertEquals(List.of("from", "to", "estimate", "boot mean", "SE", "t", "p", "sig.", "CI low", "CI high", "f²",
                "VIF"), paths.get(0).toList());
        for (int i = 0; i < json.get("paths").size(); i++) {
            JsonNode p = json.get("paths").get(i);
            CSVRecord row = paths.get(i + 1);
            assertEquals(p.get("estimate").asDouble(), Double.parseDouble(row.get(2)), 0.0, "full precision");
            assertEquals(p.get("bootStdError").asDouble(), Double.parseDouble(row.get(4)), 0.0);
            assertEquals(p.get("bootPValue").asDouble(), Double.parseDouble(row.get(6)), 0.0, "p as a number");
            assertEquals(p.get("ciLower").asDouble(), Double.parseDouble(row.get(8)), 0.0);
        }
        List<CSVRecord> constructs = csv(out.resolve("constructs.csv"));
        assertEquals("", constructs.get(1).get(3), "IMAG has no R²: an empty field, not 0");
        assertEquals(json.get("constructs").get(1).get("r2").asDouble(), Double.parseDouble(constructs.get(2).get(3)), 0.0);
        List<CSVRecord> indices = csv(out.resolve("indices.csv"));
        for (int i = 0; i < json.get("constructs").size(); i++) {
            assertEquals(json.get("constructs").get(i).get("index").asDouble(),
                    Double.parseDouble(indices.get(i + 1).get(1)), 0.0);
        }
        assertTrue(Files.readString(out.resolve("paths.csv")).contains("\r\n"), "RFC 4180 line ends");
        List<CSVRecord> indirect = csv(out.resolve("specific-indirect.csv"));
        JsonNode routes = json.get("inference").get("specificIndirect");
        assertEquals(routes.size(), indirect.size() - 1);
        for (int i = 0; i < routes.size(); i++) {
            JsonNode e = routes.get(i);
            CSVRecord row = indirect.get(i + 1);
            assertEquals(e.get("from").asText(), row.get(0));
            assertEquals(e.get("estimate").asDouble(), Double.parseDouble(row.get(3)), 0.0);
            assertEquals(e.get("bootStdError").asDouble(), Double.parseDouble(row.get(4)), 0.0);
            assertEquals(e.get("percentileLower").asDouble(), Double.parseDouble(row.get(7)), 0.0);
            assertEquals("", row.get(9), "no BCa interval with --ci percentile: empty, not 0");
            assertEquals(e.get("direct").isNull() ? "" : Double.toString(e.get("direct").asDouble()), row.get(11));
        }
    }

    @Test
    void csvNecessityTablesHoldTheJsonNumbers() throws IOException {
        Path out = dir.resolve("nca-tables");
        CliRun r = run(with("--format", "csv", "--output", out.toString()));
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode nca = json.get("ipma").get("nca");
        List<CSVRecord> effects = csv(out.resolve("nca.csv"));
        int row = 1;
        for (JsonNode c : nca.get("conditions")) {
            for (JsonNode e : c.get("ceilings")) {
                CSVRecord rec = effects.get(row++);
                assertEquals(c.get("name").asText(), rec.get(0));
                assertEquals(e.get("method").asText(), rec.get(1));
                assertEquals(e.get("effectSize").asDouble(), Double.parseDouble(rec.get(2)), 0.0);
                assertEquals(e.get("accuracy").asDouble(), Double.parseDouble(rec.get(4)), 0.0);
                assertEquals(e.get("pValue").asDouble(), Double.parseDouble(rec.get(5)), 0.0);
            }
        }
        assertEquals(row, effects.size(), "one row per driver and ceiling");
        List<CSVRecord> bottleneck = csv(out.resolve("bottleneck-ce-fdh.csv"));
        JsonNode first = nca.get("conditions").get(0);
        JsonNode levels = first.get("ceilings").get(0).get("bottleneck");
        for (int i = 0; i < levels.size(); i++) {
            JsonNode b = levels.get(i);
            String cell = bottleneck.get(i + 1).get(1);
            if (b.get("required").isNull()) {
                assertEquals(b.get("status").asText(), cell, "NN or NA, as the text report shows");
            } else {
                assertEquals(b.get("required").asDouble(), Double.parseDouble(cell), 0.0);
            }
        }
        List<CSVRecord> cipma = csv(out.resolve("cipma.csv"));
        JsonNode drivers = json.get("ipma").get("cipma").get("drivers");
        for (int i = 0; i < drivers.size(); i++) {
            JsonNode d = drivers.get(i);
            assertEquals(d.get("name").asText(), cipma.get(i + 1).get(0));
            assertEquals(d.get("effectSize").asDouble(), Double.parseDouble(cipma.get(i + 1).get(3)), 0.0);
            assertEquals(d.get("necessity").asText(), cipma.get(i + 1).get(5));
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws IOException {
        Path out = dir.resolve("report.xlsx");
        CliRun r = run(with("--format", "xlsx", "--output", out.toString()));
        assertEquals(0, r.exitCode(), r::toString);
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(IDS, sheets.stream().map(Sheet::getName).toList());
            List<Row> paths = sheets.get(0).read();
            assertEquals("Path coefficients", paths.get(0).getCellText(0));
            assertEquals("estimate", paths.get(1).getCellText(2));
            for (int i = 0; i < json.get("paths").size(); i++) {
                JsonNode p = json.get("paths").get(i);
                Row row = paths.get(i + 2);
                assertEquals(p.get("from").asText(), row.getCellText(0));
                assertEquals(CellType.NUMBER, row.getCell(2).getType());
                assertEquals(p.get("estimate").asDouble(), row.getCellAsNumber(2).orElseThrow().doubleValue(), 0.0);
                assertEquals(p.get("bootPValue").asDouble(), row.getCellAsNumber(6).orElseThrow().doubleValue(), 0.0);
                assertEquals(p.get("ciUpper").asDouble(), row.getCellAsNumber(9).orElseThrow().doubleValue(), 0.0);
            }
            List<Row> constructs = sheets.get(1).read();
            assertTrue(constructs.get(2).getOptionalCell(3).map(c -> c.getType() == CellType.EMPTY).orElse(true),
                    "IMAG has no R²: an empty cell, not 0");
            assertEquals(json.get("constructs").get(1).get("r2").asDouble(),
                    constructs.get(3).getCellAsNumber(3).orElseThrow().doubleValue(), 0.0);
            List<Row> priorities = sheets.get(IDS.indexOf("priorities")).read();
            JsonNode first = json.get("ipma").get("priorities").get(0);
            assertEquals(1, priorities.get(2).getCellAsNumber(0).orElseThrow().intValue());
            assertEquals(first.get("impact").asDouble(), priorities.get(2).getCellAsNumber(2).orElseThrow().doubleValue(), 0.0);
        }
    }

    @Test
    void csvAndXlsxNeedAnOutput() {
        for (String format : List.of("csv", "xlsx")) {
            CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", format);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains("give --output"), r::toString);
            assertEquals("", r.out());
        }
    }

    @Test
    void aCsvTableNamedLikeTheDataFileIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path data = dir.resolve("paths.csv");
        Files.copy(Path.of(bankData()), data);
        byte[] before = Files.readAllBytes(data);
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "csv",
                "--output", dir.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(data.toString()), r::toString);
        assertTrue(r.err().contains("refusing to overwrite an input"), r::toString);
        assertArrayEquals(before, Files.readAllBytes(data));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("paths.csv"), files.map(f -> f.getFileName().toString()).toList(), "no other table written");
        }
    }

    @Test
    void anXlsxOutputThatIsTheModelFileIsRefused() throws IOException {
        Path model = dir.resolve("bank.model");
        Files.copy(Path.of(bankModel()), model);
        String before = Files.readString(model);
        CliRun r = run("estimate", "--data", bankData(), "--model", model.toString(), "--format", "xlsx",
                "--output", model.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(model.toString()), r::toString);
        assertEquals(before, Files.readString(model));
    }

    @Test
    void aCsvOutputThatIsAFileIsRefused() throws IOException {
        Path file = dir.resolve("report.csv");
        Files.writeString(file, "old");
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "csv",
                "--output", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(file.toString()) && r.err().contains("name a folder"), r::toString);
        assertEquals("old", Files.readString(file));
    }

    @Test
    void theCommandsWithoutTablesRefuseTheTableFormats() {
        Path answers = Path.of("..", "docs", "examples", "kano-answers.csv");
        for (String format : List.of("markdown", "latex", "csv", "xlsx")) {
            CliRun r = run("kano", "--data", answers.toString(), "--format", format);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains("csi kano writes --format text or json"), r::toString);
        }
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, "the input is unchanged");
    }

    /** @return the rows of {@code table}, for tests of other commands */
    static List<List<String>> rows(Map<String, TableText.Parsed> tables, String caption) {
        return new ArrayList<>(tables.get(caption).rows());
    }
}
