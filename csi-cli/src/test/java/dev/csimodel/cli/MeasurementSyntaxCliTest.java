package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-construct measurement from the model file alone (issue #12 item 1): modes and construct
 * types, {@code --consistent} correcting only the declared common factors, unit weights and
 * {@code --estimator gsca}.
 */
class MeasurementSyntaxCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The command line must print the library's numbers (JSON keeps all digits). */
    private static final double LIBRARY_TOL = 1e-12;
    /** Against cSEM 0.6.1 (csi-core's csem_sat_* files; the values are quoted below). */
    private static final double CSEM_TOL = 1e-6;

    private static final String PATHS = """
            EXPE ~ IMAG
            QUAL ~ EXPE
            VAL ~ EXPE + QUAL
            SAT ~ IMAG + EXPE + QUAL + VAL
            LOY ~ IMAG + SAT
            """;

    private static String blocks(String op) {
        return "IMAG " + op + " imag1 + imag2 + imag3 + imag4 + imag5\n"
                + "EXPE " + op + " expe1 + expe2 + expe3 + expe4 + expe5\n"
                + "QUAL " + op + " qual1 + qual2 + qual3 + qual4 + qual5\n"
                + "VAL " + op + " val1 + val2 + val3 + val4\n"
                + "SAT " + op + " sat1 + sat2 + sat3 + sat4\n"
                + "LOY " + op + " loy1 + loy2 + loy3 + loy4\n";
    }

    private static JsonNode json(CliRun r) throws IOException {
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    private static Path write(Path dir, String text) throws IOException {
        Path f = dir.resolve("m.model");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static JsonNode construct(JsonNode report, String name) {
        for (JsonNode c : report.get("constructs")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no construct " + name);
    }

    private static double path(JsonNode report, String from, String to) {
        for (JsonNode p : report.get("paths")) {
            if (p.get("from").asText().equals(from) && p.get("to").asText().equals(to)) {
                return p.get("estimate").asDouble();
            }
        }
        throw new AssertionError("no path " + from + " -> " + to);
    }

    private static double weight(JsonNode report, String indicator) {
        for (JsonNode i : report.get("indicators")) {
            if (i.get("name").asText().equals(indicator)) {
                return i.get("weight").asDouble();
            }
        }
        throw new AssertionError("no indicator " + indicator);
    }

    @Test
    void consistentCorrectsOnlyTheDeclaredCommonFactors(@TempDir Path dir) throws IOException {
        String text = blocks("=~").replace("QUAL =~", "QUAL <~ [A]").replace("VAL =~", "VAL <~ [A]") + PATHS;
        Path model = write(dir, text);
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", model.toString(), "--format", "json",
                "--consistent"));
        assertEquals("composite", construct(report, "QUAL").get("type").asText());
        assertEquals("A", construct(report, "QUAL").get("mode").asText());
        assertEquals("common factor", construct(report, "SAT").get("type").asText());
        PathModel parsed = ModelSyntax.parse(text);
        DataTable table = CsvDataReader.withDefaults().read(Path.of(bankData()), parsed.indicators());
        PlsResult lib = new PlsEstimator(PlsSettings.defaults().withConsistent(true)).estimate(parsed, table);
        PlsResult allFactors = new PlsEstimator(PlsSettings.defaults().withConsistent(true))
                .estimate(ModelSyntax.parse(blocks("=~") + PATHS), table);
        assertEquals(lib.pathCoefficient("QUAL", "VAL"), path(report, "QUAL", "VAL"), LIBRARY_TOL);
        assertTrue(Math.abs(allFactors.pathCoefficient("QUAL", "VAL") - path(report, "QUAL", "VAL")) > 1e-3,
                "QUAL and VAL are composites here: their path is not corrected");
    }

    @Test
    void oldModelFileUnderConsistentKeepsItsMeaning() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--consistent"));
        PathModel parsed = ModelSyntax.parse(Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8));
        DataTable table = CsvDataReader.withDefaults().read(Path.of(bankData()), parsed.indicators());
        PathModelBuilder b = parsed.toBuilder();
        parsed.constructNames().forEach(c -> b.construct(c).commonFactor());
        PlsResult everyModeABlock = new PlsEstimator(PlsSettings.defaults().withConsistent(true)).estimate(b.build(), table);
        assertEquals(everyModeABlock.pathCoefficient("SAT", "LOY"), path(report, "SAT", "LOY"), LIBRARY_TOL);
        assertEquals("common factor", construct(report, "IMAG").get("type").asText());
    }

    /** cSEM 0.6.1 unit weights: IMAG weights 0.259159660377818, path SAT -> LOY from csem_sat_unit_paths.csv. */
    @Test
    void unitWeightsComeFromTheModelFileInEveryFormat(@TempDir Path dir) throws IOException {
        Path model = write(dir, blocks("<~ [unit]") + PATHS);
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", model.toString(), "--format", "json"));
        assertEquals(0.259159660377818, weight(report, "imag1"), CSEM_TOL);
        assertEquals("unit", construct(report, "SAT").get("mode").asText());
        assertEquals(0, report.get("iterations").asInt());
        CliRun text = run("estimate", "--data", bankData(), "--model", model.toString());
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().lines().anyMatch(l -> l.trim().matches("SAT\\s+unit\\s+composite.*")), text.out());
        CliRun html = run("estimate", "--data", bankData(), "--model", model.toString(), "--format", "html");
        assertTrue(html.out().contains(">unit<"), "the HTML constructs table names the mode");
        JsonNode streamed = json(run("estimate", "--data", bankData(), "--model", model.toString(), "--format", "json",
                "--streaming"));
        assertEquals(weight(report, "sat2"), weight(streamed, "sat2"), LIBRARY_TOL);
        assertEquals(path(report, "SAT", "LOY"), path(streamed, "SAT", "LOY"), LIBRARY_TOL);
    }

    /** cSEM 0.6.1 GSCA of the composite model: SAT -> LOY 0.560997452364086 (csem_sat_gsca_paths.csv). */
    @Test
    void gscaEstimatorReportsGscaModesAndCsemPaths(@TempDir Path dir) throws IOException {
        Path model = write(dir, blocks("<~") + PATHS);
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", model.toString(), "--format", "json",
                "--estimator", "gsca"));
        assertEquals("gsca", report.get("settings").get("estimator").asText());
        assertEquals(0.560997452364086, path(report, "SAT", "LOY"), CSEM_TOL);
        assertEquals(0.226921140992104, path(report, "IMAG", "LOY"), CSEM_TOL);
        assertEquals("GSCA", construct(report, "IMAG").get("mode").asText());
        assertTrue(report.get("converged").asBoolean());
        assertTrue(report.get("paths").get(0).get("stdError").isNull());
        CliRun text = run("estimate", "--data", bankData(), "--model", model.toString(), "--estimator", "gsca");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().startsWith("csimodel: GSCA path model estimate"), text.out());
        assertTrue(text.out().contains("GSCA (Hwang and Takane 2004)"), text.out());
        CliRun html = run("estimate", "--data", bankData(), "--model", model.toString(), "--estimator", "gsca",
                "--format", "html");
        assertEquals(0, html.exitCode(), html::toString);
        assertTrue(html.out().contains(">GSCA<"), "the HTML constructs table names the mode");
        JsonNode pls = json(run("estimate", "--data", bankData(), "--model", model.toString(), "--format", "json"));
        assertEquals("pls", pls.get("settings").get("estimator").asText());
    }

    @Test
    void gscaRefusesPlsOnlyOptionsByName() {
        for (String[] extra : new String[][]{{"--bootstrap", "20"}, {"--consistent"}, {"--streaming"},
                {"--scale", "0:10"}}) {
            String[] args = {"estimate", "--data", bankData(), "--model", bankModel(), "--estimator", "gsca", extra[0]};
            if (extra.length > 1) {
                args = Stream.concat(Arrays.stream(args), Stream.of(extra[1])).toArray(String[]::new);
            }
            CliRun r = run(args);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains(extra[0] + " is not supported with --estimator gsca"), r.err());
        }
    }

    @Test
    void malformedModeInAModelFileIsLocated(@TempDir Path dir) throws IOException {
        Path model = write(dir, "SAT =~ sat1 + sat2\nLOY <~ [C] loy1 + loy2\nLOY ~ SAT\n");
        CliRun r = run("estimate", "--data", bankData(), "--model", model.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("line 2, column 9: expected an outer mode ('A', 'B' or 'unit') but found 'C'"),
                r.err());
    }

    @Test
    void consistentRefusesAUnitWeightCommonFactorByName(@TempDir Path dir) throws IOException {
        Path model = write(dir, blocks("=~").replace("LOY =~", "LOY =~ [unit]") + PATHS);
        CliRun r = run("estimate", "--data", bankData(), "--model", model.toString(), "--consistent");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("common factor 'LOY'"), r.err());
    }
}
