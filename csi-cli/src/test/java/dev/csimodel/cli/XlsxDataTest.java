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

/** {@code --data FILE.xlsx}: the done-when, against the same data as CSV. */
class XlsxDataTest {

    /** The workbook holds the CSV's numbers exactly, so every result agrees to rounding (issue: 1e-12). */
    private static final double SAME_DATA = 1e-12;

    @Test
    void satisfactionXlsxGivesTheCsvNumbers() throws IOException {
        CliRun xlsx = run("estimate", "--data", resource("excel/satisfaction.xlsx"), "--model", bankModel(),
                "--scale", "0:10", "--format", "json");
        CliRun csv = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--format", "json");
        assertEquals(0, xlsx.exitCode(), xlsx::toString);
        assertEquals(0, csv.exitCode(), csv::toString);
        JsonNode a = new ObjectMapper().readTree(xlsx.out());
        JsonNode b = new ObjectMapper().readTree(csv.out());
        assertEquals(b.get("observations"), a.get("observations"));
        for (String field : new String[]{"paths", "constructs", "indicators", "effects"}) {
            assertSameNumbers(b.get(field), a.get(field), field);
        }
        assertTrue(a.get("constructs").get(0).has("index"), "a 0-100 index with --scale");
    }

    @Test
    void theSheetIsChosenByNameAndAnUnknownOneListsTheSheets() {
        CliRun named = run("estimate", "--data", resource("excel/satisfaction.xlsx"), "--sheet", "survey",
                "--model", bankModel(), "--scale", "0:10");
        assertEquals(0, named.exitCode(), named::toString);
        CliRun unknown = run("estimate", "--data", resource("excel/satisfaction.xlsx"), "--sheet", "Data",
                "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("no sheet 'Data'") && unknown.err().contains("[survey, about]"), unknown::toString);
        CliRun about = run("estimate", "--data", resource("excel/satisfaction.xlsx"), "--sheet", "about",
                "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, about.exitCode(), about::toString);
        assertTrue(about.err().contains("no column 'imag1'"), about::toString);
    }

    @Test
    void csvOptionsAndSheetOnCsvAreRefusedByNameAndStreamingGivesTheSameNumbers() throws IOException {
        CliRun streaming = run("estimate", "--data", resource("excel/satisfaction.xlsx"), "--model", bankModel(), "--streaming",
                "--format", "json");
        CliRun inMemory = run("estimate", "--data", resource("excel/satisfaction.xlsx"), "--model", bankModel(), "--format", "json");
        assertEquals(0, streaming.exitCode(), streaming::toString);
        assertSameNumbers(new ObjectMapper().readTree(inMemory.out()).get("paths"),
                new ObjectMapper().readTree(streaming.out()).get("paths"), "paths");
        CliRun delimiter = run("estimate", "--data", resource("excel/satisfaction.xlsx"), "--model", bankModel(), "--delimiter", ";");
        assertEquals(ExitCode.BAD_INPUT, delimiter.exitCode(), delimiter::toString);
        assertTrue(delimiter.err().contains("--delimiter applies to CSV files"), delimiter::toString);
        CliRun sheet = run("estimate", "--data", bankData(), "--model", bankModel(), "--sheet", "survey");
        assertEquals(ExitCode.BAD_INPUT, sheet.exitCode(), sheet::toString);
        assertTrue(sheet.err().contains("--sheet survey") && sheet.err().contains("drop --sheet"), sheet::toString);
        CliRun sheetStreaming = run("estimate", "--data", bankData(), "--model", bankModel(), "--sheet", "survey", "--streaming");
        assertEquals(ExitCode.BAD_INPUT, sheetStreaming.exitCode(), sheetStreaming::toString);
        assertTrue(sheetStreaming.err().contains("--sheet survey"), sheetStreaming::toString);
    }

    private static void assertSameNumbers(JsonNode expected, JsonNode actual, String where) {
        JsonNumbers.assertSameNumbers(expected, actual, where, SAME_DATA);
    }
}
