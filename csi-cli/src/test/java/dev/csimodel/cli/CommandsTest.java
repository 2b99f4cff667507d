package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** help, model, compare and demo, run in-process. */
class CommandsTest {

    /** plspm_sat_index_0_100.csv (path scheme) prints the indices with 15 significant digits. */
    private static final double INDEX_TOLERANCE = 1e-6;
    private static final double R2_TOLERANCE = 1e-6;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ECSI_MAP = "IMAG=imag1,imag2,imag3,imag4,imag5;EXPE=expe1,expe2,expe3,expe4,expe5;"
            + "QUAL=qual1,qual2,qual3,qual4,qual5;VAL=val1,val2,val3,val4;SAT=sat1,sat2,sat3,sat4;LOY=loy1,loy2,loy3,loy4";

    @Test
    void helpWorksForEveryCommand() {
        CliRun root = run("--help");
        assertEquals(0, root.exitCode(), root::toString);
        for (String command : new String[] {"estimate", "model", "compare", "demo"}) {
            assertTrue(root.out().contains(command), command);
            CliRun sub = run(command, "--help");
            assertEquals(0, sub.exitCode(), sub::toString);
            assertTrue(sub.out().startsWith("Usage: csi " + command), sub::toString);
        }
        assertEquals(0, run("help", "estimate").exitCode());
    }

    @Test
    void predefinedEcsiModelGivesPlspmIndices() throws IOException {
        CliRun r = run("model", "ecsi", "--data", bankData(), "--map", ECSI_MAP, "--scale", "0:10", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        // plspm_sat_index_0_100.csv, path scheme
        double[] expected = {75.8057420787902, 75.4012241405747, 69.9500116078745, 70.966450418561,
                68.5022363557973, 71.9727407712385};
        String[] names = {"IMAG", "EXPE", "QUAL", "VAL", "SAT", "LOY"};
        for (int k = 0; k < names.length; k++) {
            JsonNode c = report.get("constructs").get(k);
            assertEquals(names[k], c.get("name").asText());
            assertEquals(expected[k], c.get("index").asDouble(), INDEX_TOLERANCE, names[k]);
        }
        assertEquals(0.0, report.get("settings").get("scaleMin").asDouble());
        assertEquals(10.0, report.get("settings").get("scaleMax").asDouble());
    }

    @Test
    void predefinedModelNeedsEveryRequiredConstruct() {
        CliRun r = run("model", "ecsi", "--data", bankData(), "--map", "SAT=sat1,sat2;LOY=loy1,loy2");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("'IMAG'"), r::toString);
    }

    @Test
    void malformedMapIsAUsageError() {
        CliRun r = run("model", "ecsi", "--data", bankData(), "--map", "SAT sat1");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("SAT sat1"), r::toString);
    }

    @Test
    void compareTabulatesSharedTargets(@TempDir Path dir) throws IOException {
        // the bank model without IMAG -> SAT: SAT's R2 can only drop
        Path reduced = dir.resolve("reduced.model");
        Files.writeString(reduced, Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8)
                .replace("SAT ~ IMAG + EXPE", "SAT ~ EXPE"), StandardCharsets.UTF_8);
        CliRun r = run("compare", "--data", bankData(), "--model", bankModel(), "--model", reduced.toString(),
                "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        assertEquals(5, report.get("sharedTargets").size());
        JsonNode full = report.get("models").get(0);
        JsonNode less = report.get("models").get(1);
        assertEquals("reduced.model", less.get("name").asText());
        int sat = 3; // EXPE, QUAL, VAL, SAT, LOY
        assertEquals("SAT", full.get("targets").get(sat).get("construct").asText());
        // R2 of SAT in plspm_sat_path_inner_summary.csv
        assertEquals(0.70227465017945, full.get("targets").get(sat).get("r2").asDouble(), 1e-6);
        assertTrue(less.get("targets").get(sat).get("r2").asDouble() < full.get("targets").get(sat).get("r2").asDouble());
        assertFalse(full.get("targets").get(sat).has("index"), "no index without --scale");
        assertTrue(full.get("srmr").asDouble() > 0, full::toString);
        // SAT (R2 0.70) is predicted out of sample better than by the training mean
        assertTrue(full.get("targets").get(sat).get("q2predict").asDouble() > 0, full::toString);
        CliRun text = run("compare", "--data", bankData(), "--model", bankModel(), "--model", reduced.toString(),
                "--scale", "0:10");
        assertTrue(text.out().contains("AIC SAT") && text.out().contains("reduced.model"), text::toString);
        // SAT index of the full model: 68.5022363557973 (plspm_sat_index_0_100.csv, path scheme)
        assertTrue(text.out().lines().anyMatch(l -> l.matches("\\s*index SAT\\s+68\\.5\\s+\\d+\\.\\d")), text::toString);
    }

    @Test
    void compareNeedsTwoModels() {
        CliRun r = run("compare", "--data", bankData(), "--model", bankModel());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("at least two"), r::toString);
    }

    @Test
    void demoReportsIndicesOfTheBundledSurvey() {
        CliRun r = run("demo");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Indices (0-100, questionnaire scale 0 to 10)"), r::toString);
        // SAT index 68.5022363557973 in plspm_sat_index_0_100.csv
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*SAT\\s+68\\.5")), r::toString);
        CliRun split = run("demo", "--by-gender", "--format", "json");
        assertEquals(0, split.exitCode(), split::toString);
        assertFalse(split.out().contains("NaN"));
    }
}
