package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --streaming} estimates from moments accumulated in one pass; its JSON report must equal
 * the in-memory report (same values, same structure) on the ECSI bank survey.
 */
class StreamingCommandTest {

    /**
     * Both paths reduce the same rows to moments (the in-memory one through the same chunked
     * accumulator, but with another chunking), so estimates differ by rounding only.
     */
    private static final double REPORT_TOLERANCE = 1e-9;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECSI_MAP = "IMAG=imag1,imag2,imag3,imag4,imag5;EXPE=expe1,expe2,expe3,expe4,expe5;"
            + "QUAL=qual1,qual2,qual3,qual4,qual5;VAL=val1,val2,val3,val4;SAT=sat1,sat2,sat3,sat4;LOY=loy1,loy2,loy3,loy4";

    private static JsonNode json(String... args) throws IOException {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        r.assertOnlyWarningsOf(report);
        return report;
    }

    private static String[] with(String[] args, String... extra) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(extra));
        return all.toArray(new String[0]);
    }

    /**
     * Asserts that the streamed report equals the in-memory one, numbers to the tolerance; the
     * necessary condition analysis needs the rows, so only the in-memory IPMA has it.
     */
    private static void assertSameReport(String... args) throws IOException {
        JsonNode inMemory = json(args);
        // the segments side by side need each segment's rows (bootstrap, permutations), which a stream does not keep
        ((com.fasterxml.jackson.databind.node.ObjectNode) inMemory).remove("segmentComparison");
        JsonNode streamed = json(with(args, "--streaming"));
        if (inMemory.get("ipma") instanceof com.fasterxml.jackson.databind.node.ObjectNode ipma) {
            assertTrue(ipma.has("nca") && ipma.has("cipma"), "in-memory NCA");
            ipma.remove(List.of("nca", "cipma"));
        }
        assertSameTree("$", inMemory, streamed);
    }

    private static void assertSameTree(String at, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            assertEquals(expected.asDouble(), actual.asDouble(), REPORT_TOLERANCE, at);
            return;
        }
        assertEquals(expected.getNodeType(), actual.getNodeType(), at);
        if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), at);
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(at + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (expected.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertEquals(names, actualNames, at);
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertSameTree(at + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
            }
        } else {
            assertEquals(expected, actual, at);
        }
    }

    @Test
    void streamedReportEqualsInMemoryReportWithIndices() throws IOException {
        JsonNode streamed = json("estimate", "--data", bankData(), "--model", bankModel(), "--format=json",
                "--scale", "0:10", "--streaming");
        assertEquals(250, streamed.get("observations").asInt());
        assertTrue(streamed.get("constructs").get(0).get("index").isNumber(), "indices from weights and means");
        assertSameReport("estimate", "--data", bankData(), "--model", bankModel(), "--format=json", "--scale", "0:10");
    }

    @Test
    void streamedSegmentsEqualInMemorySegments() throws IOException {
        assertSameReport("estimate", "--data", bankData(), "--model", bankModel(), "--format=json", "--scale", "0:10",
                "--group", "gender", "--scheme", "centroid");
    }

    @Test
    void streamedNationalModelEqualsInMemory() throws IOException {
        assertSameReport("model", "ecsi", "--data", bankData(), "--map", ECSI_MAP, "--scale", "0:10", "--format", "json");
    }

    @Test
    void consistentPlsStreams() throws IOException {
        assertSameReport("estimate", "--data", bankData(), "--model", bankModel(), "--format=json", "--consistent");
    }

    @Test
    void weightsAndListwiseDeletionStream(@TempDir Path dir) throws IOException {
        Path csv = variant(dir);
        assertSameReport("estimate", "--data", csv.toString(), "--model", bankModel(), "--format=json",
                "--missing", "NA", "--missing-strategy", "listwise", "--weights", "w", "--weights-kind", "frequency", "--group", "gender",
                "--scale", "0:10");
        JsonNode streamed = json("estimate", "--data", csv.toString(), "--model", bankModel(), "--format=json",
                "--missing", "NA", "--missing-strategy", "listwise", "--streaming");
        // 25 rows (every 10th) lose one value each: 250 rows, 225 complete, 25 missing values
        assertEquals(250, streamed.get("missingData").get("rows").asInt());
        assertEquals(225, streamed.get("missingData").get("completeRows").asInt());
        assertEquals(25, streamed.get("missingData").get("missing").asInt());
        assertEquals(225, streamed.get("observations").asInt());
    }

    /** The bank data with a weight column w = 1, 1.5, 2, 1, ... and sat2 missing in every 10th row. */
    private static Path variant(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",\"w\"");
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (i % 10 == 0) {
                cells[20] = "NA"; // column 21 is sat2
            }
            out.add(String.join(",", cells) + "," + (1 + (i - 1) % 3 * 0.5));
        }
        Path file = dir.resolve("bank-variant.csv");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void optionsThatNeedTheRowsAreRefused() {
        String[][] refused = {
                {"--bootstrap", "100"},
                {"--missing", "NA", "--missing-strategy", "mean"},
                {"--missing", "NA", "--missing-strategy", "pairwise"},
                {"--group", "gender", "--scale", "0:10", "--segment-weights", "pooled"},
                {"--weights", "gender"}};
        String[] named = {"--bootstrap", "--missing-strategy listwise", "--missing-strategy listwise",
                "--segment-weights pooled", "--weights-kind frequency"};
        for (int i = 0; i < refused.length; i++) {
            CliRun r = run(with(with(new String[] {"estimate", "--data", bankData(), "--model", bankModel(), "--streaming"},
                    refused[i])));
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains(named[i]) && r.err().contains("--streaming"), r::toString);
            assertEquals("", r.out());
        }
    }

    @Test
    void missingValueWithoutStrategyNamesLineAndColumn(@TempDir Path dir) throws IOException {
        CliRun r = run("estimate", "--data", variant(dir).toString(), "--model", bankModel(), "--missing", "NA",
                "--streaming");
        assertEquals(2, r.exitCode(), r::toString);
        // the first NA is in data row 10, file line 11 (after the header)
        assertTrue(r.err().contains("line 11 (data row 10), column 'sat2': missing value"), r::toString);
    }
}
