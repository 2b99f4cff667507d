package dev.csimodel.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application-side report: the page and the JSON carry the study result's own numbers. */
class HtmlReportExampleTest {

    private static final int RESAMPLES = 100;

    @Test
    void theJsonReportCarriesTheStudysIndicesAndPaths() throws IOException {
        StudyResult result = HtmlReportExample.result(RESAMPLES);
        JsonNode json = new ObjectMapper().readTree(HtmlReportExample.render(ReportFormat.JSON, RESAMPLES));
        int constructs = 0;
        for (JsonNode c : json.get("constructs")) {
            String name = c.get("name").asText();
            // the same doubles, written at full precision
            assertEquals(result.index(name).getAsDouble(), c.get("index").asDouble(), 0.0, name);
            constructs++;
        }
        assertEquals(6, constructs);
        for (JsonNode p : json.get("paths")) {
            assertEquals(result.pathCoefficient(p.get("from").asText(), p.get("to").asText()),
                    p.get("estimate").asDouble(), 0.0);
        }
        assertEquals("SAT", json.get("ipma").get("target").asText());
        assertEquals(RESAMPLES, json.get("bootstrap").get("used").asInt());
    }

    @Test
    void thePageHoldsTheFiguresOfTheStudy() {
        String html = HtmlReportExample.render(ReportFormat.HTML, RESAMPLES);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("Importance-performance map of SAT"));
        assertTrue(html.contains("with their bootstrap confidence intervals (whiskers)"));
        assertTrue(html.contains("<svg"));
    }

    @Test
    void mainWritesThePageToTheNamedFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank.html");
        HtmlReportExample.main(new String[] {file.toString()});
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Importance-performance map of SAT"));
        assertEquals(1, Files.list(dir).count(), "no temporary file left beside the report");
    }
}
