package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kish's effective n, the frequency-weight check and the SRS note of the OLS errors (#10 item 6). */
class WeightsReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The bank data with a weight column w, {@code weight(i)} for data row i (0-based). */
    static Path weighted(Path dir, IntFunction<String> weight) throws IOException {
        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        lines.set(0, lines.get(0) + ",w");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + "," + weight.apply(i - 1));
        }
        Path data = dir.resolve("weighted.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
        return data;
    }

    private static JsonNode diagnostic(JsonNode report, String kind) {
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("kind").asText().equals(kind)) {
                return d;
            }
        }
        return null;
    }

    /** 125 rows of weight 1 and 125 of weight 3: Kish n = 500² / (125 + 1125) = 200. */
    @Test
    void samplingWeightsReportKishEffectiveN(@TempDir Path dir) throws IOException {
        Path data = weighted(dir, i -> i < 125 ? "1" : "3");
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json", "--weights", "w");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        assertEquals(250, report.get("observations").asInt());
        assertEquals(200.0, report.get("settings").get("effectiveObservations").asDouble(), 1e-9);
        assertEquals("sampling", report.get("settings").get("weightKind").asText());
        assertEquals(null, diagnostic(report, "WEIGHTS_NOT_ROW_COUNT"));
        CliRun text = run("estimate", "--data", data.toString(), "--model", bankModel(), "--weights", "w");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("weighted by w (sampling weights, Kish effective n 200.0)"), text::toString);
        assertTrue(text.out().contains("assume simple random sampling"), text::toString);
    }

    @Test
    void withoutWeightsThereIsNoEffectiveNAndNoSrsNote() throws IOException {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json");
        JsonNode settings = JSON.readTree(r.out()).get("settings");
        assertTrue(settings.get("effectiveObservations").isNull(), settings::toString);
        assertTrue(settings.get("weightKind").isNull(), settings::toString);
        CliRun text = run("estimate", "--data", bankData(), "--model", bankModel());
        assertFalse(text.out().contains("simple random sampling"), text::toString);
    }

    @Test
    void frequencyWeightsNotSummingToTheRowCountAreFlagged(@TempDir Path dir) throws IOException {
        Path data = weighted(dir, i -> "4000");
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json",
                "--weights", "w", "--weights-kind", "frequency");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        JsonNode w = diagnostic(report, "WEIGHTS_NOT_ROW_COUNT");
        assertTrue(w != null && w.get("message").asText().contains("'w' sum to 1.00000e+06, not to the 250 rows"),
                report::toString);
        assertEquals("w", w.get("indicators").get(0).asText());
        assertEquals(250.0, report.get("settings").get("effectiveObservations").asDouble(), 1e-9);
        CliRun text = run("estimate", "--data", data.toString(), "--model", bankModel(),
                "--weights", "w", "--weights-kind", "frequency");
        assertFalse(text.out().contains("simple random sampling"), "frequency weights are not a survey design");
    }

    @Test
    void frequencyWeightsSummingToTheRowCountAreNotFlagged(@TempDir Path dir) throws IOException {
        Path data = weighted(dir, i -> i % 2 == 0 ? "0.5" : "1.5");
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json",
                "--weights", "w", "--weights-kind", "frequency");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(null, diagnostic(JSON.readTree(r.out()), "WEIGHTS_NOT_ROW_COUNT"));
    }

    private static JsonNode bootstrapJson(Path data, String... more) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("estimate", "--data", data.toString(),
                "--model", bankModel(), "--format", "json", "--bootstrap", "60", "--seed", "5"));
        args.addAll(java.util.List.of(more));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    /** --bootstrap with --weights resamples respondents carrying their weights (before: refused). */
    @Test
    void bootstrapCarriesTheSamplingWeights(@TempDir Path dir) throws IOException {
        Path equal = weighted(Files.createDirectories(dir.resolve("equal")), i -> "4000");
        JsonNode plain = bootstrapJson(Path.of(bankData()));
        JsonNode same = bootstrapJson(equal, "--weights", "w");
        Path data = weighted(dir, i -> String.valueOf(1 + i % 5));
        JsonNode one = bootstrapJson(data, "--weights", "w", "--threads", "1");
        JsonNode two = bootstrapJson(data, "--weights", "w", "--threads", "2");
        boolean differs = false;
        for (int k = 0; k < 10; k++) {
            JsonNode p = plain.get("paths").get(k);
            assertEquals(p.get("bootStdError").asDouble(), same.get("paths").get(k).get("bootStdError").asDouble(), 1e-12);
            assertEquals(p.get("ciLower").asDouble(), same.get("paths").get(k).get("ciLower").asDouble(), 1e-12);
            assertEquals(one.get("paths").get(k), two.get("paths").get(k), "thread count changes nothing");
            differs |= Math.abs(p.get("bootStdError").asDouble() - one.get("paths").get(k).get("bootStdError").asDouble()) > 1e-6;
        }
        assertTrue(differs, "unequal weights change the bootstrap standard errors");
        assertEquals(60, one.get("bootstrap").get("used").asInt());
    }
}
