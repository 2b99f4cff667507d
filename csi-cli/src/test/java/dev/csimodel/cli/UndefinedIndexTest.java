package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One undefined index no longer loses the whole report (issue #10, item 13). */
class UndefinedIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The corporate reputation survey (seminr's corp_rep, -99 codes a missing value). */
    private static final Path CORP_REP = Path.of("../csi-core/src/test/resources/corp_rep/corp_rep_data.csv");
    private static final String MODEL = String.join("\n",
            "QUAL <~ qual_1 + qual_2 + qual_3 + qual_4 + qual_5 + qual_6 + qual_7 + qual_8",
            "PERF <~ perf_1 + perf_2 + perf_3 + perf_4 + perf_5",
            "CSOR <~ csor_1 + csor_2 + csor_3 + csor_4 + csor_5",
            "ATTR <~ attr_1 + attr_2 + attr_3",
            "COMP =~ comp_1 + comp_2 + comp_3",
            "LIKE =~ like_1 + like_2 + like_3",
            "CUSA =~ cusa",
            "CUSL =~ cusl_1 + cusl_2 + cusl_3",
            "COMP ~ QUAL + PERF + CSOR + ATTR",
            "LIKE ~ QUAL + PERF + CSOR + ATTR",
            "CUSA ~ COMP + LIKE",
            "CUSL ~ COMP + LIKE + CUSA", "");

    private static CliRun corpRep(Path dir, String format) throws IOException {
        Path model = dir.resolve("corp.model");
        Files.writeString(model, MODEL, StandardCharsets.UTF_8);
        return run("estimate", "--data", CORP_REP.toString(), "--model", model.toString(), "--missing", "-99",
                "--missing-strategy", "mean", "--scale", "1:7", "--format", format);
    }

    @Test
    void negativeWeightGivesNullIndexAndAWarningNamingConstructAndIndicator(@TempDir Path dir) throws IOException {
        CliRun r = corpRep(dir, "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        JsonNode qual = null;
        int indexed = 0;
        for (JsonNode c : report.get("constructs")) {
            if (c.get("name").asText().equals("QUAL")) {
                qual = c;
            } else if (c.get("index").isNumber()) {
                indexed++;
            }
        }
        assertTrue(qual != null && qual.get("index").isNull(), report::toString);
        assertEquals(7, indexed, report::toString);
        JsonNode warning = null;
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("kind").asText().equals("INDEX_UNDEFINED")) {
                warning = d;
            }
        }
        assertTrue(warning != null, report::toString);
        assertEquals("QUAL", warning.get("constructs").get(0).asText());
        assertEquals("qual_4", warning.get("indicators").get(0).asText());
        assertTrue(warning.get("message").asText().contains("qual_4"), warning::toString);
    }

    @Test
    void textReportShowsTheAbsentMark(@TempDir Path dir) throws IOException {
        CliRun r = corpRep(dir, "text");
        assertEquals(0, r.exitCode(), r::toString);
        String line = r.out().lines().filter(l -> l.strip().matches("QUAL\\s+n/a"))
                .findFirst().orElse(null);
        assertTrue(line != null, r::toString);
        assertTrue(!r.out().contains("NaN"), r::toString);
    }
}
