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

/** Failed bootstrap resamples are counted, warned about, and above half no interval is given (#10 item 11). */
class BootstrapFailuresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "X =~ x1 + x2\nY =~ y1 + y2\nY ~ X\n";
    /** x2, y1, y2 non-zero in one row each: about 3 in 4 resamples of the six rows miss one and fail. */
    private static final String MOSTLY_FAILING = "x1,x2,y1,y2\n1,0,0,0\n2,0,0,0\n3,0,0,0\n4,0,1,0\n5,1,0,0\n6,0,0,1\n";
    /** y2 non-zero in row 6 only: about 1 in 3 resamples miss it and fail. */
    private static final String SOME_FAILING = "x1,x2,y1,y2\n1,2,1,0\n2,1,3,0\n3,4,2,0\n4,3,5,0\n5,6,4,0\n6,5,6,1\n";

    private static CliRun estimate(Path dir, String csv, String format) throws IOException {
        Path data = dir.resolve("data.csv");
        Path model = dir.resolve("m.model");
        Files.writeString(data, csv, StandardCharsets.UTF_8);
        Files.writeString(model, MODEL, StandardCharsets.UTF_8);
        return run("estimate", "--data", data.toString(), "--model", model.toString(), "--bootstrap", "200",
                "--seed", "3", "--format", format);
    }

    private static JsonNode warning(JsonNode report) {
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("kind").asText().equals("BOOTSTRAP_FAILURES")) {
                return d;
            }
        }
        return null;
    }

    @Test
    void mostResamplesFailingGivesCountsAWarningAndNoInterval(@TempDir Path dir) throws IOException {
        CliRun r = estimate(dir, MOSTLY_FAILING, "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        JsonNode b = report.get("bootstrap");
        assertEquals(200, b.get("requested").asInt());
        int used = b.get("used").asInt();
        assertTrue(used > 2 && used < 80, b::toString);
        assertEquals(200 - used, b.get("discarded").asInt());
        assertEquals(200 - used, b.get("failed").asInt() + b.get("nonConverged").asInt());
        assertTrue(b.get("intervalsWithheld").asBoolean());
        assertFalse(b.has("summary"), b::toString);
        JsonNode path = report.get("paths").get(0);
        assertTrue(path.get("bootStdError").isNumber(), path::toString);
        assertFalse(path.hasNonNull("ciLower") || path.hasNonNull("ciUpper"), path::toString);
        JsonNode w = warning(report);
        assertTrue(w != null && w.get("message").asText().contains("no confidence interval"), report::toString);
        assertTrue(w.get("message").asText().contains(used + " of 200 requested"), w::toString);
        assertTrue(r.err().contains("BOOTSTRAP_FAILURES") || r.err().contains("no confidence interval"), r::toString);
    }

    @Test
    void textAndHtmlSayHowManyFailedAndShowNoInterval(@TempDir Path dir) throws IOException {
        CliRun text = estimate(dir, MOSTLY_FAILING, "text");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("of 200 requested bootstrap resamples"), text::toString);
        assertTrue(text.out().contains("no percentile interval: more than half"), text::toString);
        assertFalse(text.out().contains("interval from 200"), text::toString);
        CliRun html = estimate(dir, MOSTLY_FAILING, "html");
        assertEquals(0, html.exitCode(), html::toString);
        assertTrue(html.out().contains("of 200 requested bootstrap resamples"), html::toString);
        assertTrue(html.out().contains("no percentile interval"), html::toString);
    }

    @Test
    void aMinorityOfFailuresWarnsButKeepsTheIntervals(@TempDir Path dir) throws IOException {
        CliRun r = estimate(dir, SOME_FAILING, "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        JsonNode b = report.get("bootstrap");
        assertFalse(b.get("intervalsWithheld").asBoolean());
        assertTrue(b.get("failed").asInt() > 10, b::toString);
        JsonNode path = report.get("paths").get(0);
        assertTrue(path.get("ciLower").isNumber() && path.get("ciUpper").isNumber(), path::toString);
        JsonNode w = warning(report);
        assertTrue(w != null && w.get("message").asText().contains("surviving resamples only"), report::toString);
    }

    @Test
    void noFailuresNoWarning() throws IOException {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--bootstrap", "50", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        assertEquals(0, report.get("bootstrap").get("discarded").asInt());
        assertEquals(null, warning(report), report::toString);
    }
}
