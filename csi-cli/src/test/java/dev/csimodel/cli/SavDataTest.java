package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.resource;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --data FILE.sav}: the done-when, against the same data as CSV. */
class SavDataTest {

    /** The .sav holds the CSV's numbers exactly, so every result agrees to rounding (issue: 1e-12). */
    private static final double SAME_DATA = 1e-12;

    @Test
    void corpRepSavWithoutMissingGivesTheCsvWithMissingMinus99() throws IOException {
        CliRun sav = run("estimate", "--data", resource("spss/corp_rep.sav"), "--model", resource("spss/corp-rep.model"),
                "--missing-strategy", "mean", "--format", "json");
        CliRun csv = run("estimate", "--data", resource("spss/corp_rep_data.csv"), "--model", resource("spss/corp-rep.model"),
                "--missing", "-99", "--missing-strategy", "mean", "--scale", "1:7", "--format", "json");
        assertEquals(0, sav.exitCode(), sav::toString);
        assertEquals(0, csv.exitCode(), csv::toString);
        JsonNode a = new ObjectMapper().readTree(sav.out());
        JsonNode b = new ObjectMapper().readTree(csv.out());
        assertEquals(b.get("observations"), a.get("observations"));
        for (String field : new String[]{"paths", "constructs", "indicators", "effects"}) {
            assertSameNumbers(b.get(field), a.get(field), field);
        }
        // corp_rep's labels are 1-7 plus "-99 = no answer", which is a declared missing code
        assertTrue(sav.err().contains("scale 1-7 taken from the value labels of corp_rep.sav"), sav::toString);
    }

    @Test
    void satisfactionSavGivesTheZeroToTenIndicesWithoutScale() throws IOException {
        CliRun sav = run("estimate", "--data", resource("spss/satisfaction.sav"), "--model", bankModel(), "--format", "json");
        CliRun csv = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--format", "json");
        assertEquals(0, sav.exitCode(), sav::toString);
        assertTrue(sav.err().contains("scale 0-10 taken from the value labels of satisfaction.sav"), sav::toString);
        JsonNode a = new ObjectMapper().readTree(sav.out());
        JsonNode b = new ObjectMapper().readTree(csv.out());
        assertSameNumbers(b.get("constructs"), a.get("constructs"), "constructs");
        assertTrue(a.get("constructs").get(0).has("index"), "a 0-100 index without --scale");
        assertEquals(b.get("settings").get("scaleMin"), a.get("settings").get("scaleMin"));
        assertEquals(b.get("settings").get("scaleMax"), a.get("settings").get("scaleMax"));
    }

    @Test
    void anExplicitScaleWinsAndCsvOptionsAreRefusedByName() throws IOException {
        CliRun given = run("estimate", "--data", resource("spss/satisfaction.sav"), "--model", bankModel(), "--scale", "1:10",
                "--out-of-scale", "missing", "--missing-strategy", "mean");
        assertEquals(0, given.exitCode(), given::toString);
        assertTrue(!given.err().contains("value labels"), given::toString);
        // --streaming goes through the data-source abstraction like every source: the same numbers
        CliRun streaming = run("estimate", "--data", resource("spss/satisfaction.sav"), "--model", bankModel(), "--streaming",
                "--format", "json");
        CliRun inMemory = run("estimate", "--data", resource("spss/satisfaction.sav"), "--model", bankModel(), "--format", "json");
        assertEquals(0, streaming.exitCode(), streaming::toString);
        assertSameNumbers(new ObjectMapper().readTree(inMemory.out()).get("paths"),
                new ObjectMapper().readTree(streaming.out()).get("paths"), "paths");
        CliRun delimiter = run("estimate", "--data", resource("spss/satisfaction.sav"), "--model", bankModel(), "--delimiter", ";");
        assertEquals(ExitCode.BAD_INPUT, delimiter.exitCode(), delimiter::toString);
        assertTrue(delimiter.err().contains("--delimiter applies to CSV files"), delimiter::toString);
        CliRun text = run("estimate", "--data", resource("spss/satisfaction.sav"), "--model", bankModel(), "--missing", "NA");
        assertEquals(ExitCode.BAD_INPUT, text.exitCode(), text::toString);
        assertTrue(text.err().contains("--missing NA"), text::toString);
    }

    private static void assertSameNumbers(JsonNode expected, JsonNode actual, String where) {
        JsonNumbers.assertSameNumbers(expected, actual, where, SAME_DATA);
    }
}
