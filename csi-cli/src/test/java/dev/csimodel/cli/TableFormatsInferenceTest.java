package dev.csimodel.cli;

import dev.csimodel.report.TableText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static dev.csimodel.report.TableText.shown;
import static dev.csimodel.report.TableText.shownP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table formats of the options that add inference to the text, JSON and HTML reports: the
 * Holm-adjusted path p-values ({@code --p-adjust}) and, for the bank model with IMAG:VAL -> SAT
 * and {@code --bootstrap}, the floodlight and the Johnson-Neyman points; each read back and
 * compared with the JSON report of the same run.
 */
class TableFormatsInferenceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] ADJUSTED = {"estimate", "--data", bankData(), "--model", bankModel(),
            "--p-adjust", "holm", "--bootstrap", "200", "--seed", "1"};
    private static final String[] MODERATED = {"estimate", "--data", bankData(), "--model",
            ModerationCommandTest.model(), "--bootstrap", "200", "--seed", "1"};

    @TempDir
    Path dir;

    private static String out(String[] run, String... more) {
        CliRun r = run(Stream.concat(Stream.of(run), Stream.of(more)).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return r.out();
    }

    private static JsonNode json(String[] run) throws IOException {
        return MAPPER.readTree(out(run, "--format", "json"));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }

    @Test
    void theAdjustedPValuesAreAColumnOfThePathTable() throws IOException {
        JsonNode report = json(ADJUSTED);
        assertEquals("holm", report.get("inference").get("pAdjustment").asText());
        JsonNode paths = report.get("paths");
        String doc = out(ADJUSTED, "--format", "markdown");
        TableText.Parsed table = TableText.markdown(doc).get("Path coefficients");
        assertEquals(List.of("from", "to", "estimate", "boot mean", "SE", "t", "p", "sig.", "p adj.", "CI low",
                "CI high", "f²", "VIF"), table.header());
        assertEquals(paths.size(), table.rows().size());
        boolean raised = false;
        for (int i = 0; i < paths.size(); i++) {
            JsonNode p = paths.get(i);
            List<String> row = table.rows().get(i);
            assertEquals(List.of(p.get("from").asText(), p.get("to").asText(), shownP(p.get("bootPValue")),
                    shownP(p.get("pAdjusted"))), List.of(row.get(0), row.get(1), row.get(6), row.get(8)), "path " + i);
            assertTrue(p.get("pAdjusted").asDouble() >= p.get("bootPValue").asDouble(), "Holm never lowers p");
            raised |= p.get("pAdjusted").asDouble() > p.get("bootPValue").asDouble();
        }
        assertTrue(raised, "some p-value is raised by the adjustment: the column is not a copy of p");
        assertTrue(doc.contains("p adj.: p adjusted (holm) over all " + paths.size() + " paths"), doc);

        Path folder = dir.resolve("tables");
        out(ADJUSTED, "--format", "csv", "--output", folder.toString());
        List<CSVRecord> rows = csv(folder.resolve("paths.csv"));
        int column = rows.get(0).toList().indexOf("p adj.");
        assertEquals(8, column);
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(paths.get(i).get("pAdjusted").asDouble(), Double.parseDouble(rows.get(i + 1).get(column)),
                    0.0, "full precision, path " + i);
        }
    }

    @Test
    void withoutPAdjustThereIsNoAdjustedColumn() {
        String doc = out(new String[] {"estimate", "--data", bankData(), "--model", bankModel()}, "--format",
                "markdown");
        List<String> header = TableText.markdown(doc).get("Path coefficients").header();
        assertEquals(List.of("from", "to", "estimate", "SE", "t", "p", "sig.", "f²", "VIF"), header);
        assertFalse(doc.contains("p adj."), doc);
    }

    @Test
    void theFloodlightAndTheJohnsonNeymanPointsAreTablesOfTheModerationModel() throws IOException {
        JsonNode e = json(MODERATED).get("moderation").get("interactions").get(0);
        JsonNode floodlight = e.get("floodlight");
        assertEquals(61, floodlight.size());
        String doc = out(MODERATED, "--format", "markdown");
        Map<String, TableText.Parsed> tables = TableText.markdown(doc);
        TableText.Parsed table = tables.get("Floodlight of IMAG → SAT by VAL (IMAG:VAL)");
        assertEquals(List.of("moderator level (SD)", "slope", "SE", "CI low", "CI high"), table.header());
        assertEquals(floodlight.size(), table.rows().size());
        for (int i = 0; i < floodlight.size(); i++) {
            JsonNode s = floodlight.get(i);
            assertEquals(List.of(shown(s.get("level"), 1), shown(s.get("slope"), 3), shown(s.get("stdError"), 3),
                    shown(s.get("lower"), 3), shown(s.get("upper"), 3)), table.rows().get(i), "level " + i);
        }
        List<String> points = new ArrayList<>();
        e.get("johnsonNeyman").forEach(v -> points.add(String.format(Locale.ROOT, "%.2f", v.asDouble())));
        assertTrue(doc.contains(points.isEmpty() ? "Johnson-Neyman: significance does not change"
                : "Johnson-Neyman: significance changes at " + String.join(", ", points) + " SD"), doc);
        List<List<String>> jn = tables.get("Johnson-Neyman points").rows();
        if (points.isEmpty()) {
            assertEquals(List.of(List.of("IMAG:VAL", "SAT", "VAL", "n/a", "n/a")), jn);
        } else {
            assertEquals(points, jn.stream().map(row -> row.get(3)).toList());
        }
        assertFalse(doc.contains("p adj."), "no --p-adjust: no adjusted column");

        Path folder = dir.resolve("moderation");
        out(MODERATED, "--format", "csv", "--output", folder.toString());
        List<CSVRecord> rows = csv(folder.resolve("floodlight-1.csv"));
        assertEquals(List.of("moderator level (SD)", "slope", "SE", "CI low", "CI high"), rows.get(0).toList());
        assertEquals(floodlight.size() + 1, rows.size());
        for (int i = 0; i < floodlight.size(); i++) {
            JsonNode s = floodlight.get(i);
            CSVRecord row = rows.get(i + 1);
            assertEquals(List.of(s.get("level").asDouble(), s.get("slope").asDouble(), s.get("stdError").asDouble(),
                    s.get("lower").asDouble(), s.get("upper").asDouble()),
                    row.toList().stream().map(Double::parseDouble).collect(Collectors.toList()), "level " + i);
        }
        List<CSVRecord> jnRows = csv(folder.resolve("johnson-neyman.csv"));
        for (int i = 0; i < e.get("johnsonNeyman").size(); i++) {
            assertEquals(e.get("johnsonNeyman").get(i).asDouble(), Double.parseDouble(jnRows.get(i + 1).get(3)), 0.0);
        }
    }
}
