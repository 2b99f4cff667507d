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

/**
 * {@code csi rollup} on a programme small enough to compute by hand: three companies with
 * single-item constructs on 1-10, so each company's SAT index is (mean − 1) / 9 · 100.
 */
class RollupCommandTest {

    private static final double EXACT = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path data;
    private Path model;
    private Path hierarchy;

    @BeforeEach
    void files() throws IOException {
        data = dir.resolve("survey.csv");
        Files.writeString(data, """
                shop,q,s
                A,6,5
                A,6,7
                A,8,9
                A,9,7
                B,2,3
                B,5,5
                B,5,4
                B,3,4
                C,9,10
                C,8,8
                C,10,9
                C,9,9
                """);
        model = dir.resolve("m.model");
        Files.writeString(model, "QUAL =~ q\nSAT =~ s\nSAT ~ QUAL\n");
        hierarchy = dir.resolve("h.csv");
        Files.writeString(hierarchy, """
                company,industry,sector,revenue,gdp_share
                A,I1,S1,100,0.25
                B,I1,S1,300,0.25
                C,I2,S2,50,0.75
                """);
    }

    private CliRun rollup(String... extra) {
        String[] base = {"rollup", "--data", data.toString(), "--model", model.toString(), "--hierarchy",
                hierarchy.toString(), "--group", "shop", "--scale", "1:10"};
        if (!Arrays.asList(extra).contains("--min-size")) {
            base = Arrays.copyOf(base, base.length + 2);
            base[base.length - 2] = "--min-size";
            base[base.length - 1] = "2";
        }
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    private static double index(JsonNode report, String level, String name) {
        for (JsonNode e : report.get("indices")) {
            if (e.get("level").asText().equals(level) && e.get("name").asText().equals(name)
                    && e.get("construct").asText().equals("SAT")) {
                return e.get("index").asDouble();
            }
        }
        throw new AssertionError("no SAT index of " + level + " " + name);
    }

    @Test
    void jsonGivesTheHandComputedIndicesAtEveryLevel() throws IOException {
        CliRun run = rollup("--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode r = JSON.readTree(run.out());
        assertEquals(600.0 / 9, index(r, "company", "A"), EXACT);    // mean 7
        assertEquals(300.0 / 9, index(r, "company", "B"), EXACT);    // mean 4
        double i1 = (100 * 600.0 / 9 + 300 * 300.0 / 9) / 400;       // revenue-weighted
        assertEquals(i1, index(r, "industry", "I1"), EXACT);
        assertEquals(i1, index(r, "sector", "S1"), EXACT);
        assertEquals(0.25 * i1 + 0.75 * 800.0 / 9, index(r, "national", "national"), EXACT);
        assertTrue(r.get("indices").get(0).get("stdError").isNull());
        assertEquals(0, r.get("replicates").asInt());
    }

    @Test
    void bootstrapIsTheSameForAnyThreadCountAndPrintedAsText() {
        CliRun one = rollup("--format", "json", "--bootstrap", "50", "--seed", "3", "--threads", "1");
        CliRun two = rollup("--format", "json", "--bootstrap", "50", "--seed", "3", "--threads", "2");
        assertEquals(0, one.exitCode(), one::toString);
        assertEquals(one.out(), two.out());
        CliRun text = rollup("--bootstrap", "50", "--seed", "3");
        assertTrue(text.out().contains("50 bootstrap replicates"), text::toString);
        assertTrue(text.out().contains("National"), text::toString);
    }

    @Test
    void smallCompanyIsListedAsExcluded() throws IOException {
        CliRun run = rollup("--format", "json", "--min-size", "5");
        assertEquals(2, run.exitCode(), run::toString);   // every company has 4 respondents
        assertTrue(run.err().contains("no company of the hierarchy got an index"), run::toString);
        Files.writeString(data, Files.readString(data) + "C,9,9\n");
        JsonNode r = JSON.readTree(rollup("--format", "json", "--min-size", "5").out());
        assertEquals("A", r.get("excluded").get(0).get("name").asText());
        assertTrue(r.get("excluded").get(0).get("reason").asText().contains("fewer respondents (4)"));
    }

    @Test
    void badInputsExitWithTwoAndNameTheCulprit() throws IOException {
        Files.writeString(data, Files.readString(data) + "Z,5,5\n");
        CliRun unknown = rollup();
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("data row 13: company 'Z' is not in the hierarchy"), unknown::toString);

        Files.writeString(hierarchy, "company,industry,sector,revenue,gdp_share\nA,I1,S1,-5,1\n");
        CliRun revenue = rollup();
        assertEquals(2, revenue.exitCode(), revenue::toString);
        assertTrue(revenue.err().contains("company 'A' has revenue -5.0"), revenue::toString);

        CliRun html = CliRun.run("rollup", "--data", data.toString(), "--model", model.toString(), "--hierarchy",
                hierarchy.toString(), "--group", "shop");
        assertEquals(2, html.exitCode(), html::toString);
        assertTrue(html.err().contains("rollup needs --scale"), html::toString);
    }
}
