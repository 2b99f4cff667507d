package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.result.HtmtCorrelations;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OLS inference absent under --consistent (issue #10 item 8) and the --htmt choice (item 10). */
class PlscAndHtmtOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double LIBRARY_TOL = 1e-12;

    private static JsonNode json(CliRun r) throws IOException {
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void consistentPathsHaveNullOlsInferenceInJson() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--consistent"));
        assertEquals(10, report.get("paths").size());
        for (JsonNode p : report.get("paths")) {
            for (String f : List.of("stdError", "tValue", "pValue")) {
                assertTrue(p.has(f) && p.get(f).isNull(), f + " of " + p);
            }
            assertTrue(p.get("estimate").isNumber(), p::toString);
        }
        JsonNode plain = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json"));
        for (JsonNode p : plain.get("paths")) {
            assertTrue(p.get("stdError").isNumber() && p.get("pValue").isNumber(), p::toString);
        }
    }

    @Test
    void consistentTextSaysNotApplicableWithoutStars() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--consistent");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("n/a (use --bootstrap)"), r.out());
        assertTrue(r.out().contains("OLS inference does not apply to the corrected paths of consistent PLS"), r.out());
        String pathLine = r.out().lines().filter(l -> l.contains("EXPE") && l.contains("->") && l.contains("VAL"))
                .findFirst().orElseThrow();
        assertFalse(pathLine.contains("*"), pathLine);
        // from -> to estimate std.err t p: the three inference cells are the report's "not applicable" mark
        String[] cells = pathLine.trim().split("\\s+");
        assertEquals("-1.738", cells[3], pathLine);
        assertEquals(List.of("n/a", "n/a", "n/a"), List.of(cells[4], cells[5], cells[6]), pathLine);
        CliRun html = run("estimate", "--data", bankData(), "--model", bankModel(), "--consistent", "--format", "html");
        assertTrue(html.out().contains("OLS inference does not apply to the corrected paths of consistent PLS"));
    }

    @Test
    void bootstrapUnderConsistentStillGivesStandardErrors() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--consistent", "--bootstrap", "50", "--seed", "3"));
        for (JsonNode p : report.get("paths")) {
            assertTrue(p.get("stdError").isNull(), p::toString);
            assertTrue(p.get("bootStdError").asDouble() > 0, p::toString);
            assertTrue(p.get("ciLower").isNumber() && p.get("ciUpper").isNumber(), p::toString);
        }
    }

    @Test
    void htmtFollowsTheChosenCorrelationsAndEqualsTheLibrary(@TempDir Path dir) throws IOException {
        Path data = reverseKeyed(dir, 0);
        JsonNode abs = json(run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json"));
        JsonNode signed = json(run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json",
                "--htmt", "signed"));
        assertEquals("absolute", abs.get("settings").get("htmtCorrelations").asText());
        assertEquals("signed", signed.get("settings").get("htmtCorrelations").asText());
        PathModel model = ModelSyntax.parse(Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8));
        DataTable table = CsvDataReader.withDefaults().read(data, model.indicators());
        QualityCriteria q = PlsEstimator.withDefaults().estimate(model, table).quality();
        int differ = 0;
        for (int i = 0; i < abs.get("htmt").size(); i++) {
            JsonNode a = abs.get("htmt").get(i);
            JsonNode s = signed.get("htmt").get(i);
            String x = a.get("a").asText();
            String y = a.get("b").asText();
            assertEquals(q.htmt(x, y, HtmtCorrelations.ABSOLUTE).orElseThrow(), a.get("value").asDouble(), LIBRARY_TOL);
            assertEquals(q.htmt(x, y, HtmtCorrelations.SIGNED).orElseThrow(), s.get("value").asDouble(), LIBRARY_TOL);
            if (Math.abs(a.get("value").asDouble() - s.get("value").asDouble()) > 1e-3) {
                differ++;
                assertTrue(x.equals("IMAG") || y.equals("IMAG"), x + "," + y);
            }
        }
        assertTrue(differ > 0, "the reverse-keyed imag1 must change IMAG's signed HTMT");
        CliRun text = run("estimate", "--data", data.toString(), "--model", bankModel(), "--htmt", "signed");
        assertTrue(text.out().contains("HTMT from signed indicator correlations"), text.out());
    }

    @Test
    void htmtOptionRejectsUnknownKind() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--htmt", "squared");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--htmt"), r.err());
    }

    /** The bank data with column {@code col} negated (a reverse-keyed item), in a temporary file. */
    private static Path reverseKeyed(Path dir, int col) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            cells[col] = String.valueOf(-Double.parseDouble(cells[col]));
            out.add(String.join(",", cells));
        }
        Path p = dir.resolve("reverse.csv");
        Files.write(p, out, StandardCharsets.UTF_8);
        return p;
    }
}
