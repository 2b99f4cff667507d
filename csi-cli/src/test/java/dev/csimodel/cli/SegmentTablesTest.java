package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The segment comparison of {@code --group} in the table formats: the JSON report's numbers, at full precision. */
class SegmentTablesTest {

    private static final String[] RUN = {"estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
            "--group", "gender", "--compare-groups", "--permutations", "99", "--seed", "3"};

    @TempDir
    Path dir;

    private static String[] with(String... more) {
        String[] out = java.util.Arrays.copyOf(RUN, RUN.length + more.length);
        System.arraycopy(more, 0, out, RUN.length, more.length);
        return out;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }

    @Test
    void sideBySideAndTestsHoldTheJsonNumbers() throws IOException {
        CliRun j = run(with("--format", "json"));
        assertEquals(0, j.exitCode(), j::toString);
        JsonNode cmp = new ObjectMapper().readTree(j.out()).get("segmentComparison");
        Path out = dir.resolve("tables");
        CliRun r = run(with("--format", "csv", "--output", out.toString()));
        assertEquals(0, r.exitCode(), r::toString);

        List<CSVRecord> side = csv(out.resolve("segments.csv"));
        JsonNode segments = cmp.get("segments");
        for (int s = 0; s < segments.size(); s++) {
            JsonNode seg = segments.get(s);
            assertEquals(seg.get("segment").asText(), side.get(0).get(s + 1));
            assertEquals(seg.get("observations").asInt(), Integer.parseInt(side.get(1).get(s + 1)));
            JsonNode indices = seg.get("indices");
            for (int i = 0; i < indices.size(); i++) {
                assertEquals("index " + indices.get(i).get("construct").asText(), side.get(2 + i).get(0));
                assertEquals(indices.get(i).get("index").asDouble(), Double.parseDouble(side.get(2 + i).get(s + 1)), 0.0);
            }
            JsonNode paths = seg.get("paths");
            int first = 2 + indices.size();
            for (int i = 0; i < paths.size(); i++) {
                assertEquals(paths.get(i).get("estimate").asDouble(),
                        Double.parseDouble(side.get(first + i).get(s + 1)), 0.0);
            }
        }
        List<CSVRecord> tests = csv(out.resolve("segment-tests.csv"));
        JsonNode differences = cmp.get("tests").get("pairs").get(0).get("differences");
        assertEquals(differences.size() + 1, tests.size());
        for (int i = 0; i < differences.size(); i++) {
            JsonNode d = differences.get(i);
            CSVRecord row = tests.get(i + 1);
            assertEquals(d.get("kind").asText(), row.get(2));
            assertEquals(d.get("difference").asDouble(), Double.parseDouble(row.get(6)), 0.0);
            assertEquals(d.get("pValue").asDouble(), Double.parseDouble(row.get(7)), 0.0);
            assertEquals(d.get("adjustedPValue").asDouble(), Double.parseDouble(row.get(8)), 0.0);
        }
    }
}
