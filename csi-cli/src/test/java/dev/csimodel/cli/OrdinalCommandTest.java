package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.ordinal.OrdinalEstimator;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code csi estimate --ordinal}: ordinal PLS on polychoric/polyserial correlations (issue #15 items 4 and 6). */
class OrdinalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The command runs the library's estimator on the same rows: the numbers are the library's. */
    private static final double LIBRARY_TOL = 1e-12;

    private static PathModel model;
    private static DataTable table;

    @BeforeAll
    static void read() throws IOException {
        model = ModelSyntax.parse(Files.readString(Path.of(bankModel())));
        table = CsvDataReader.withDefaults().read(Path.of(bankData()), model.indicators());
    }

    private static JsonNode json(CliRun r) throws IOException {
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    private static void assertSameEstimates(PlsResult expected, JsonNode report) {
        for (JsonNode p : report.get("paths")) {
            assertEquals(expected.pathCoefficient(p.get("from").asText(), p.get("to").asText()),
                    p.get("estimate").asDouble(), LIBRARY_TOL, p::toString);
            for (String f : List.of("stdError", "tValue", "pValue")) {
                assertTrue(p.has(f) && p.get(f).isNull(), f + " of " + p);
            }
        }
        for (JsonNode i : report.get("indicators")) {
            String name = i.get("name").asText();
            assertEquals(expected.outerWeight(name), i.get("weight").asDouble(), LIBRARY_TOL, name);
            assertEquals(expected.loading(name), i.get("loading").asDouble(), LIBRARY_TOL, name);
        }
        for (JsonNode c : report.get("constructs")) {
            if (!c.get("r2").isNull()) {
                assertEquals(expected.rSquared(c.get("name").asText()).orElseThrow(), c.get("r2").asDouble(), LIBRARY_TOL);
            }
        }
    }

    @Test
    void allIndicatorsOrdinalGivesTheLibrarysOrdinalPlsAndSaysSoInSettings() throws IOException {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--ordinal", "--format", "json");
        JsonNode report = json(r);
        OrdinalResult expected = new OrdinalEstimator(PlsSettings.defaults(), OrdinalSettings.allIndicators())
                .estimate(model, table);
        assertSameEstimates(expected.pls(), report);
        JsonNode ordinal = report.get("settings").get("ordinal");
        assertEquals(27, ordinal.get("indicators").size());
        assertEquals("[\"polychoric\"]", ordinal.get("correlations").toString());
        assertFalse(ordinal.get("smoothed").asBoolean());
        assertEquals(expected.correlations().smallestEigenvalue(), ordinal.get("smallestEigenvalue").asDouble(), 0);
        assertTrue(ordinal.get("scores").asText().contains("no construct scores"));
        assertTrue(report.path("ipma").isMissingNode() || report.get("ipma").isNull());
        for (JsonNode c : report.get("constructs")) {
            assertTrue(c.path("index").isMissingNode() || c.get("index").isNull(), c::toString);
        }
        r.assertOnlyWarningsOf(report);
    }

    @Test
    void plainEstimatesHaveNoOrdinalSettings() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json"));
        assertTrue(report.get("settings").get("ordinal").isNull());
    }

    @Test
    void someIndicatorsOrdinalMixesPolychoricPolyserialAndPearson() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--ordinal", "imag1,imag2"));
        OrdinalResult expected = new OrdinalEstimator(PlsSettings.defaults(), OrdinalSettings.indicators("imag1", "imag2"))
                .estimate(model, table);
        assertSameEstimates(expected.pls(), report);
        JsonNode ordinal = report.get("settings").get("ordinal");
        assertEquals("[\"imag1\",\"imag2\"]", ordinal.get("indicators").toString());
        assertEquals("[\"pearson\",\"polychoric\",\"polyserial\"]", ordinal.get("correlations").toString());
    }

    @Test
    void consistentAndOrdinalIsOrdinalPlsc() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--ordinal", "--consistent"));
        OrdinalResult expected = new OrdinalEstimator(PlsSettings.defaults().withConsistent(true),
                OrdinalSettings.allIndicators()).estimate(model, table);
        assertTrue(report.get("settings").get("consistent").asBoolean());
        assertSameEstimates(expected.pls(), report);
    }

    @Test
    void textReportSaysTheCorrelationsArePolychoric() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--ordinal");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("polychoric indicator correlations (27 ordinal indicators); no construct scores"
                + " or 0-100 indices"), r.out());
        assertTrue(r.out().contains("std.err, t and p n/a: OLS inference assumes Pearson correlations"), r.out());
        String pathLine = r.out().lines().filter(l -> l.contains("SAT") && l.contains("->") && l.contains("LOY")
                && !l.contains("IMAG")).findFirst().orElseThrow();
        String[] cells = pathLine.trim().split("\\s+");
        assertEquals("0.460", cells[3], pathLine);
        assertEquals(List.of("n/a", "n/a", "n/a"), List.of(cells[4], cells[5], cells[6]), pathLine);
    }

    @Test
    void optionsThatNeedScoresOrRowsAreRefusedByName() {
        for (List<String> extra : List.of(List.of("--scale", "0:10"), List.of("--bootstrap", "20"),
                List.of("--streaming"), List.of("--group", "gender"), List.of("--estimator", "gsca"))) {
            String[] args = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("estimate", "--data", bankData(), "--model", bankModel(), "--ordinal"),
                    extra.stream()).toArray(String[]::new);
            CliRun r = run(args);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains(extra.get(0)) && r.err().contains("--ordinal"), r::toString);
        }
    }

    @Test
    void badOrdinalListsAreRefusedNamingTheCulprit() {
        CliRun notIndicator = run("estimate", "--data", bankData(), "--model", bankModel(), "--ordinal", "imag1,gender");
        assertEquals(2, notIndicator.exitCode(), notIndicator::toString);
        assertTrue(notIndicator.err().contains("'gender'"), notIndicator::toString);
        CliRun empty = run("estimate", "--data", bankData(), "--model", bankModel(), "--ordinal", "imag1,,imag2");
        assertEquals(2, empty.exitCode(), empty::toString);
        assertTrue(empty.err().contains("imag1,,imag2"), empty::toString);
        CliRun smoothingAlone = run("estimate", "--data", bankData(), "--model", bankModel(), "--ordinal-smoothing");
        assertEquals(2, smoothingAlone.exitCode(), smoothingAlone::toString);
        assertTrue(smoothingAlone.err().contains("--ordinal-smoothing needs --ordinal"), smoothingAlone::toString);
    }

    /**
     * Ten rows of three binary items whose pairwise tetrachorics no correlation matrix can have:
     * refused (exit 2, smallest eigenvalue named) unless --ordinal-smoothing, which warns.
     */
    @Test
    void aMatrixThatIsNotPositiveDefiniteStopsUnlessSmoothingIsAsked(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("binary.csv");
        Files.writeString(data, "a,b,c\n0,0,1\n0,0,1\n1,1,1\n1,1,1\n1,1,1\n0,1,0\n0,1,0\n0,1,0\n1,1,0\n0,1,1\n",
                StandardCharsets.UTF_8);
        Path m = dir.resolve("abc.model");
        Files.writeString(m, "A =~ a + b\nC =~ c\nC ~ A\n", StandardCharsets.UTF_8);
        CliRun refused = run("estimate", "--data", data.toString(), "--model", m.toString(), "--ordinal");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("not positive definite (smallest eigenvalue -0.61"), refused::toString);
        CliRun smoothed = run("estimate", "--data", data.toString(), "--model", m.toString(), "--ordinal",
                "--ordinal-smoothing", "--format", "json");
        assertEquals(0, smoothed.exitCode(), smoothed::toString);
        assertTrue(smoothed.err().contains("smoothed by eigenvalue clipping"), smoothed::toString);
        assertTrue(smoothed.out().contains("\"INDICATOR_CORRELATIONS_SMOOTHED\""), smoothed::toString);
    }
}
