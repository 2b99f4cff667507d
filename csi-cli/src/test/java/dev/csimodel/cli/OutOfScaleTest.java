package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values, not only means, are checked against {@code --scale} (issue #10, item 4). */
class OutOfScaleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** plspm's SAT index on the bank data with the 0-10 scale (plspm_sat_index_0_100.csv). */
    private static final double PLSPM_SAT = 68.5022363557973;

    private static void assertError(CliRun r, String... fragments) {
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), () -> "missing '" + f + "' in " + r);
        }
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    private static double index(JsonNode report, String construct) {
        for (JsonNode c : report.get("constructs")) {
            if (c.get("name").asText().equals(construct)) {
                return c.get("index").asDouble();
            }
        }
        throw new AssertionError("no construct " + construct);
    }

    /** A copy of the bank data with cells replaced: {row (1-based data row), column, text}. */
    private static Path edited(Path dir, String name, Object[]... cells) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        for (Object[] c : cells) {
            int line = (Integer) c[0];
            String[] f = lines.get(line).split(",", -1);
            f[header.indexOf((String) c[1])] = (String) c[2];
            lines.set(line, String.join(",", f));
        }
        Path out = dir.resolve(name);
        Files.write(out, lines, StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void bankDataOnOneToTenNamesTheFirstZeroWithItsRow() {
        // imag1 is 0 in data row 111 (line 112): the 1-10 scale of the old README is wrong for it
        assertError(run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "1:10"),
                "imag1", "data row 111", "line 112", "0.0", "1.0:10.0");
    }

    @Test
    void bankDataOnZeroToTenGivesPlspmsIndex() throws IOException {
        JsonNode report = json("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--format", "json");
        assertEquals(PLSPM_SAT, index(report, "SAT"), 1e-6);
    }

    @Test
    void cellsOutsideZeroToTenAreNamed(@TempDir Path dir) throws IOException {
        for (String bad : List.of("11", "-3", "99")) {
            Path data = edited(dir, "bad" + bad + ".csv", new Object[] {5, "sat2", bad});
            assertError(run("estimate", "--data", data.toString(), "--model", bankModel(), "--scale", "0:10"),
                    "sat2", "data row 5", Double.toString(Double.parseDouble(bad)));
        }
    }

    @Test
    void streamingNamesColumnAndExtremeValue(@TempDir Path dir) throws IOException {
        Path data = edited(dir, "bad.csv", new Object[] {5, "sat2", "99"});
        assertError(run("estimate", "--data", data.toString(), "--model", bankModel(), "--scale", "0:10",
                "--streaming"), "sat2", "99.0", "[0.0, 10.0]");
    }

    @Test
    void missingBlanksTheCellsAndCountsThem(@TempDir Path dir) throws IOException {
        Object[][] cells = {{5, "sat2", "11"}, {9, "qual3", "-3"}, {40, "loy1", "99"}};
        Path data = edited(dir, "bad.csv", cells);
        Object[][] blanks = {{5, "sat2", "NA"}, {9, "qual3", "NA"}, {40, "loy1", "NA"}};
        Path blank = edited(dir, "blank.csv", blanks);
        JsonNode got = json("estimate", "--data", data.toString(), "--model", bankModel(), "--scale", "0:10",
                "--out-of-scale", "missing", "--missing", "NA", "--missing-strategy", "mean", "--format", "json");
        JsonNode expected = json("estimate", "--data", blank.toString(), "--model", bankModel(), "--scale", "0:10",
                "--missing", "NA", "--missing-strategy", "mean", "--format", "json");
        for (String k : List.of("IMAG", "QUAL", "SAT", "LOY")) {
            assertEquals(index(expected, k), index(got, k), 1e-12, k);
        }
        JsonNode warning = null;
        for (JsonNode d : got.get("diagnostics")) {
            if (d.get("kind").asText().equals("OUT_OF_SCALE")) {
                warning = d;
            }
        }
        assertTrue(warning != null, got::toString);
        assertTrue(warning.get("message").asText().startsWith("3 cell(s)"), warning::toString);
        assertEquals(List.of("qual3", "sat2", "loy1"), JSON.convertValue(warning.get("indicators"), List.class));
    }

    @Test
    void pooledSegmentsQuoteTheFilesRowNumber(@TempDir Path dir) throws IOException {
        // row 200 lies in the second segment; the error must quote the file's row, not a segment's
        Path data = edited(dir, "bad.csv", new Object[] {200, "val1", "12"});
        assertError(run("estimate", "--data", data.toString(), "--model", bankModel(), "--scale", "0:10",
                "--group", "gender", "--segment-weights", "pooled"), "val1", "data row 200", "12.0");
    }

    @Test
    void compareChecksEveryCellToo(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other.model");
        Files.writeString(other, "IMAG =~ imag1 + imag2\nSAT =~ sat1 + sat2\nSAT ~ IMAG\n", StandardCharsets.UTF_8);
        assertError(run("compare", "--data", bankData(), "--model", bankModel(), "--model", other.toString(),
                "--scale", "1:10"), "imag1", "data row 111");
        assertError(run("compare", "--data", bankData(), "--model", bankModel(), "--model", other.toString(),
                "--scale", "0:10", "--out-of-scale", "missing"), "--out-of-scale missing", "compare");
    }
}
