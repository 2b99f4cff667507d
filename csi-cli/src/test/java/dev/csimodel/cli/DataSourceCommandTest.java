package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.resource;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --data} as a database table or query (DuckDB, a real engine started here) and as a
 * Parquet file written here with DuckDB's COPY: the done-when, the CSV's numbers to 1e-12.
 */
class DataSourceCommandTest {

    /** Both hold the CSV's integers exactly, so the estimates agree to rounding (issue: 1e-12). */
    private static final double SAME_DATA = 1e-12;
    private static final String PASSWORD = "Pw-7seCret";
    private static final String[] FIELDS = {"paths", "constructs", "indicators", "effects"};

    @TempDir
    static Path dir;
    static String url;
    static Path parquet;

    @BeforeAll
    static void writeDatabaseAndParquet() throws Exception {
        url = "jdbc:duckdb:" + dir.resolve("bank.duckdb");
        parquet = dir.resolve("bank.parquet");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (PreparedStatement p = c.prepareStatement("create table survey as select * from read_csv(?, header = true)")) {
                p.setString(1, bankData());
                p.execute();
            }
            s.execute("create table textual as select * replace (cast(sat1 as varchar) as sat1) from survey");
            s.execute("copy survey to '" + parquet + "' (format parquet)");
        }
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("estimate", "--model", bankModel(), "--scale", "0:10", "--format", "json"));
        all.addAll(Arrays.asList(args));
        CliRun r = run(all.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return new ObjectMapper().readTree(r.out());
    }

    private static void assertSameAsCsv(JsonNode csv, JsonNode other, String what) {
        assertEquals(csv.get("observations"), other.get("observations"), what);
        for (String field : FIELDS) {
            JsonNumbers.assertSameNumbers(csv.get(field), other.get(field), what + " " + field, SAME_DATA);
        }
        assertTrue(other.get("constructs").get(0).has("index"), "0-100 indices with --scale");
    }

    @Test
    void aDatabaseTableOrQueryGivesTheCsvNumbersInMemoryAndStreamed() throws IOException {
        JsonNode csv = json("--data", bankData());
        assertSameAsCsv(csv, json("--data", url, "--table", "survey"), "table");
        assertSameAsCsv(csv, json("--data", url, "--table", "survey", "--streaming"), "table streamed");
        assertSameAsCsv(csv, json("--data", url, "--query", "select * from survey order by 1;"), "query");
    }

    @Test
    void aParquetFileGivesTheCsvNumbersInMemoryAndStreamed() throws IOException {
        JsonNode csv = json("--data", bankData());
        assertSameAsCsv(csv, json("--data", parquet.toString()), "parquet");
        assertSameAsCsv(csv, json("--data", parquet.toString(), "--streaming"), "parquet streamed");
    }

    @Test
    void groupsComeThroughTheAbstractionForEveryTypedSource() throws IOException {
        JsonNode csv = json("--data", bankData(), "--group", "gender");
        List<JsonNode> others = List.of(json("--data", parquet.toString(), "--group", "gender"),
                json("--data", url, "--table", "survey", "--group", "gender", "--streaming"),
                json("--data", resource("excel/satisfaction.xlsx"), "--group", "gender"));
        for (JsonNode other : others) {
            assertEquals(csv.get("segments").size(), other.get("segments").size());
            for (int k = 0; k < csv.get("segments").size(); k++) {
                JsonNode a = csv.get("segments").get(k);
                JsonNode b = other.get("segments").get(k);
                assertEquals(a.get("segment"), b.get("segment"));
                assertEquals(a.get("rows"), b.get("rows"));
                JsonNumbers.assertSameNumbers(a.get("report").get("paths"), b.get("report").get("paths"), "segment paths", SAME_DATA);
            }
        }
    }

    @Test
    void passwordsFromAPropertiesFileOrTheUrlAreNeverEchoed() throws IOException {
        Path props = Files.writeString(dir.resolve("db.properties"), "user=ana\npassword=" + PASSWORD + "\n");
        CliRun ok = run("estimate", "--data", url, "--table", "survey", "--jdbc-properties", props.toString(),
                "--model", bankModel(), "--format", "json");
        assertEquals(0, ok.exitCode(), ok::toString);
        assertFalse(ok.out().contains(PASSWORD) || ok.err().contains(PASSWORD), ok::toString);
        assertTrue(ok.out().contains("bank.duckdb (table survey)"), "the report names the database and table");
        assertFalse(ok.err().contains("csi: note"), "a database declares no scale: no note about value labels");
        String secretUrl = "jdbc:nosuchdb://db.example.org/survey?user=ana&password=" + PASSWORD;
        CliRun noDriver = run("estimate", "--data", secretUrl, "--table", "survey", "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, noDriver.exitCode(), noDriver::toString);
        assertFalse(noDriver.err().contains(PASSWORD) || noDriver.out().contains(PASSWORD), noDriver::toString);
        assertTrue(noDriver.err().contains("password=***"), noDriver::toString);
        CliRun debug = run("estimate", "--data", secretUrl, "--query", "select 1", "--model", bankModel(), "--debug");
        assertFalse(debug.err().contains(PASSWORD), debug::toString);
    }

    @Test
    void badDatabaseAndParquetInputsExitTwoNamingTheCulprit() throws Exception {
        CliRun text = run("estimate", "--data", url, "--table", "textual", "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, text.exitCode(), text::toString);
        assertTrue(text.err().contains("(table textual), row 1, column 'sat1'"), text::toString);
        CliRun neither = run("estimate", "--data", url, "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, neither.exitCode(), neither::toString);
        assertTrue(neither.err().contains("--table NAME or --query"), neither::toString);
        CliRun tableOnCsv = run("estimate", "--data", bankData(), "--table", "survey", "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, tableOnCsv.exitCode(), tableOnCsv::toString);
        assertTrue(tableOnCsv.err().contains("--table applies to a database"), tableOnCsv::toString);
        CliRun delimiter = run("estimate", "--data", parquet.toString(), "--delimiter", ";", "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, delimiter.exitCode(), delimiter::toString);
        assertTrue(delimiter.err().contains("--delimiter applies to CSV files"), delimiter::toString);
        byte[] good = Files.readAllBytes(parquet);
        Path truncated = Files.write(dir.resolve("truncated.parquet"), Arrays.copyOf(good, good.length - 100));
        CliRun broken = run("estimate", "--data", truncated.toString(), "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, broken.exitCode(), broken::toString);
        assertTrue(broken.err().contains("truncated.parquet: not a Parquet file") && !broken.err().contains("\tat "), broken::toString);
        Path textual = dir.resolve("textual.parquet");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("copy textual to '" + textual + "' (format parquet)");
        }
        CliRun wrongType = run("estimate", "--data", textual.toString(), "--model", bankModel(), "--streaming");
        assertEquals(ExitCode.BAD_INPUT, wrongType.exitCode(), wrongType::toString);
        assertTrue(wrongType.err().contains("textual.parquet, row 1, column 'sat1'"), wrongType::toString);
        CliRun missingTable = run("estimate", "--data", url, "--table", "nosuch", "--model", bankModel());
        assertEquals(ExitCode.BAD_INPUT, missingTable.exitCode(), missingTable::toString);
        assertTrue(missingTable.err().contains("(table nosuch)"), missingTable::toString);
    }
}
