package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi estimate --group gender}: the side-by-side table against separate estimates on each
 * gender's rows of the bank survey (the test resource, the same file as
 * /work/shared/data/satisfaction/satisfaction.csv; BundledData holds it too), {@code --compare-groups}
 * with its Holm adjustment recomputed here, and the bad inputs.
 */
class SegmentComparisonCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("estimate", "--data", bankData(), "--model", bankModel(),
                "--scale", "0:10", "--group", "gender", "--format", "json"));
        args.addAll(Arrays.asList(extra));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void sideBySideEqualsSeparateEstimatesOnEachGender() throws IOException {
        JsonNode side = json().get("segmentComparison");
        assertEquals("separate", side.get("strategy").asText());
        assertTrue(side.get("tests").isNull(), "no tests without --compare-groups");
        DataTable bank = BundledData.bankSatisfaction();
        PathModel model = ModelFile.read(Path.of(bankModel()));   // paths in the file's declaration order
        IndicatorScales scales = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
        assertEquals(2, side.get("segments").size());
        for (JsonNode seg : side.get("segments")) {
            int code = seg.get("segment").asText().equals("male") ? BundledData.MALE : BundledData.FEMALE;
            int[] rows = IntStream.range(0, bank.rowCount()).filter(i -> bank.value(i, BundledData.GENDER) == code)
                    .toArray();
            PlsResult own = PlsEstimator.withDefaults().estimate(model, bank.rows(rows));
            CsiIndex index = CsiIndex.of(own, scales);
            assertEquals(rows.length, seg.get("observations").asInt());
            List<String> constructs = model.constructNames();
            for (int k = 0; k < constructs.size(); k++) {
                JsonNode v = seg.get("indices").get(k);
                assertEquals(constructs.get(k), v.get("construct").asText());
                assertEquals(index.requireIndex(constructs.get(k)), v.get("index").asDouble(), 1e-9);
                assertTrue(v.get("lower").isNull());
            }
            List<StructuralPath> paths = model.paths();
            for (int j = 0; j < paths.size(); j++) {
                JsonNode p = seg.get("paths").get(j);
                assertEquals(paths.get(j).from(), p.get("from").asText());
                assertEquals(paths.get(j).to(), p.get("to").asText());
                assertEquals(own.pathCoefficient(paths.get(j).from(), paths.get(j).to()), p.get("estimate").asDouble(),
                        1e-9);
            }
            for (JsonNode r2 : seg.get("rSquared")) {
                assertEquals(own.rSquared(r2.get("construct").asText()).getAsDouble(), r2.get("value").asDouble(), 1e-9);
            }
            assertEquals(5, seg.get("rSquared").size());
        }
    }

    @Test
    void compareGroupsHolmAdjustsEveryTestAndIgnoresTheThreadCount() throws IOException {
        JsonNode tests = json("--compare-groups", "--permutations", "99", "--seed", "3", "--threads", "1")
                .get("segmentComparison").get("tests");
        assertEquals(99, tests.get("permutations").asInt());
        assertEquals("holm", tests.get("adjustment").asText());
        JsonNode pair = tests.get("pairs").get(0);
        assertEquals("female", pair.get("segmentA").asText());
        assertEquals("male", pair.get("segmentB").asText());
        JsonNode d = pair.get("differences");
        assertEquals(10 + 6, d.size());     // ten paths, six indices
        assertEquals(6, pair.get("micom").size());
        double[] p = new double[d.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = d.get(i).get("pValue").asDouble();
            assertTrue(p[i] >= 0.01 && p[i] <= 1, d.get(i)::toString);   // the smallest p of 99 permutations is 1/100
            double diff = d.get(i).get("valueA").asDouble() - d.get(i).get("valueB").asDouble();
            assertEquals(diff, d.get(i).get("difference").asDouble(), 1e-12);
        }
        // Holm (1979) by hand: the i-th smallest of m p-values times (m - i), running maximum, at most 1
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
        double running = 0;
        for (int i = 0; i < p.length; i++) {
            running = Math.max(running, Math.min(1, (p.length - i) * p[order[i]]));
            assertEquals(running, d.get(order[i]).get("adjustedPValue").asDouble(), 1e-12);
            assertEquals(running < 0.05, d.get(order[i]).get("significant").asBoolean());
        }
        JsonNode two = json("--compare-groups", "--permutations", "99", "--seed", "3", "--threads", "2")
                .get("segmentComparison").get("tests");
        assertEquals(tests, two);
    }

    @Test
    void groupBootstrapGivesIntervalsAndTheHtmlChartDrawsThem() throws IOException {
        JsonNode side = json("--group-bootstrap", "60", "--seed", "2").get("segmentComparison");
        assertEquals(60, side.get("replicates").asInt());
        for (JsonNode seg : side.get("segments")) {
            for (JsonNode v : seg.get("indices")) {
                assertTrue(v.get("lower").asDouble() <= v.get("index").asDouble()
                        && v.get("index").asDouble() <= v.get("upper").asDouble(), v::toString);
            }
            JsonNode path = seg.get("paths").get(0);
            assertTrue(path.get("lower").asDouble() < path.get("upper").asDouble(), path::toString);
        }
        CliRun html = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--group",
                "gender", "--group-bootstrap", "60", "--seed", "2", "--format", "html");
        assertEquals(0, html.exitCode(), html::toString);
        assertFalse(html.out().contains("Segment gender = "), "no full report per segment");
        assertTrue(html.out().contains("Segments side by side"));
        Document doc = SvgFigure.parse(html.out());
        Element chart = SvgFigure.svg(doc, "csi-segment-indices");
        List<Element> bars = SvgFigure.elements(chart, "rect", "segment-bar");
        assertEquals(2 * 6, bars.size());
        for (Element bar : bars) {
            JsonNode seg = segment(side, bar.getAttribute("data-segment"));
            double index = construct(seg, bar.getAttribute("data-construct")).get("index").asDouble();
            // the axis runs from x = 90 (0) to x = 550 (100)
            assertEquals(90.0, SvgFigure.number(bar, "x"), 1e-9);
            assertEquals(4.6 * index, SvgFigure.number(bar, "width"), 0.051);
        }
        assertEquals(2 * 6, SvgFigure.elements(chart, "line", "segment-ci").size());
    }

    private static JsonNode segment(JsonNode side, String label) {
        for (JsonNode s : side.get("segments")) {
            if (s.get("segment").asText().equals(label)) {
                return s;
            }
        }
        throw new AssertionError("no segment " + label);
    }

    private static JsonNode construct(JsonNode seg, String name) {
        for (JsonNode v : seg.get("indices")) {
            if (v.get("construct").asText().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no construct " + name);
    }

    @Test
    void textShowsTheSideBySideAndTheTests() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--group", "gender",
                "--compare-groups", "--permutations", "19");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Segments side by side"), r::toString);
        assertTrue(r.out().contains("MICOM between segments"), r::toString);
        assertTrue(r.out().contains("p (Holm) adjusted over all 16 tests"), r::toString);
    }

    @Test
    void badInputsExitTwoNamingTheCulprit(@TempDir Path dir) throws IOException {
        CliRun noGroup = run("estimate", "--data", bankData(), "--model", bankModel(), "--compare-groups");
        assertEquals(2, noGroup.exitCode(), noGroup::toString);
        assertTrue(noGroup.err().contains("--compare-groups") && noGroup.err().contains("--group"), noGroup::toString);
        CliRun perms = run("estimate", "--data", bankData(), "--model", bankModel(), "--group", "gender",
                "--permutations", "100");
        assertEquals(2, perms.exitCode(), perms::toString);
        assertTrue(perms.err().contains("--permutations"), perms::toString);
        CliRun pooled = run("estimate", "--data", bankData(), "--model", bankModel(), "--group", "gender", "--scale",
                "0:10", "--segment-weights", "pooled", "--group-bootstrap", "50");
        assertEquals(2, pooled.exitCode(), pooled::toString);
        assertTrue(pooled.err().contains("--group-bootstrap"), pooled::toString);

        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        lines.set(0, lines.get(0) + ",region");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (i <= 6 ? ",tiny" : ",large"));
        }
        Path data = dir.resolve("regions.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
        CliRun small = run("estimate", "--data", data.toString(), "--model", bankModel(), "--group", "region",
                "--compare-groups", "--permutations", "19");
        assertEquals(2, small.exitCode(), small::toString);
        assertTrue(small.err().contains("segment 'tiny' (6 rows)"), small::toString);
        CliRun listed = run("estimate", "--data", data.toString(), "--model", bankModel(), "--group", "region",
                "--format", "json");
        assertEquals(0, listed.exitCode(), listed::toString);
        JsonNode skipped = JSON.readTree(listed.out()).get("segmentComparison").get("skipped");
        assertEquals("tiny", skipped.get(0).get("segment").asText());
        assertTrue(JSON.readTree(listed.out()).get("segmentComparison").get("tests").isNull());
    }
}
