package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code csi waves} on two small waves with single-item constructs: the SAT index is (mean − 1) / 9 · 100. */
class WavesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path data;
    private Path model;

    @BeforeEach
    void files() throws IOException {
        StringBuilder csv = new StringBuilder("quarter,q,s\n");
        int[] q1 = {5, 6, 7, 6, 5, 7, 6, 8, 4, 6};
        int[] q2 = {6, 6, 7, 7, 5, 8, 6, 8, 5, 7};
        for (int i = 0; i < q1.length; i++) {
            csv.append("2026Q2,").append(q2[i] + (i % 2)).append(',').append(q2[i]).append('\n');
            csv.append("2026Q1,").append(q1[i] + (i % 3 == 0 ? 1 : 0)).append(',').append(q1[i]).append('\n');
        }
        data = dir.resolve("waves.csv");
        Files.writeString(data, csv);
        model = dir.resolve("m.model");
        Files.writeString(model, "QUAL =~ q\nSAT =~ s\nSAT ~ QUAL\n");
    }

    private CliRun waves(String... extra) {
        String[] base = {"waves", "--data", data.toString(), "--model", model.toString(), "--wave", "quarter",
                "--scale", "1:10", "--permutations", "99", "--bootstrap", "50", "--seed", "2"};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    @Test
    void changeIsTheDifferenceOfTheWaveIndicesInSortedWaveOrder() throws IOException {
        CliRun run = waves("--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode r = JSON.readTree(run.out());
        assertEquals("2026Q1", r.get("waves").get(0).get("wave").asText());
        JsonNode sat = r.get("changes").get(1);
        assertEquals("SAT", sat.get("construct").asText());
        double before = (60.0 / 10 - 1) / 9 * 100;   // mean of q1 = 6.0
        double after = (65.0 / 10 - 1) / 9 * 100;    // mean of q2 = 6.5
        assertEquals(before, sat.get("before").asDouble(), 1e-9);
        assertEquals(after - before, sat.get("change").asDouble(), 1e-9);
        assertTrue(sat.get("pValue").asDouble() > 0.05, sat.toString());
        assertTrue(waves().out().contains("not significant at 0.05"));
    }

    @Test
    void badWavesExitWithTwo() throws IOException {
        CliRun unknown = waves("--order", "2026Q1,2026Q3");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("wave '2026Q2' is not one of the waves [2026Q1, 2026Q3]"), unknown::toString);
        Files.writeString(data, Files.readString(data) + "2026Q3,5,5\n");
        CliRun single = waves();
        assertEquals(2, single.exitCode(), single::toString);
        assertTrue(single.err().contains("wave '2026Q3' has 1 respondent(s)"), single::toString);
    }
}
