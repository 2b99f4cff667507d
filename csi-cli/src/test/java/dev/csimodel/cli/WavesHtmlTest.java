package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi waves --format html}: the trend chart's coordinates recomputed from the JSON report
 * of the same run (documented layout: waves evenly spaced from x = 100 to x = 520, the axis from
 * y = 220 at its lower end to y = 20 at its upper end, both ends the data's extremes ± 2 rounded out
 * to multiples of 5), and each change labelled significant or not as the JSON says.
 */
class WavesHtmlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Three waves of 40 single-item answers on 1-10: the third shifted up by 2 points, a change that is found. */
    private static Path data(Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        StringBuilder csv = new StringBuilder("quarter,q,s\n");
        String[] waves = {"2026Q1", "2026Q2", "2026Q3"};
        double[] shift = {0, 0, 2};
        for (int w = 0; w < 3; w++) {
            for (int i = 0; i < 40; i++) {
                int s = (int) Math.max(1, Math.min(10, Math.round(4 + shift[w] + random.nextInt(-2, 3))));
                int q = (int) Math.max(1, Math.min(10, s + random.nextInt(-1, 2)));
                csv.append(waves[w]).append(',').append(q).append(',').append(s).append('\n');
            }
        }
        Path p = dir.resolve("waves.csv");
        Files.writeString(p, csv);
        return p;
    }

    private static CliRun waves(Path dir, String format) throws IOException {
        Path model = dir.resolve("m.model");
        Files.writeString(model, "QUAL =~ q\nSAT =~ s\nSAT ~ QUAL\n");
        return CliRun.run("waves", "--data", data(dir).toString(), "--model", model.toString(), "--wave", "quarter",
                "--scale", "1:10", "--permutations", "199", "--bootstrap", "200", "--seed", "3", "--format", format);
    }

    @Test
    void trendChartCoordinatesFollowTheJsonValues(@TempDir Path dir) throws IOException {
        CliRun json = waves(dir, "json");
        CliRun html = waves(dir, "html");
        assertEquals(0, html.exitCode(), html::toString);
        JsonNode r = JSON.readTree(json.out());
        Document doc = SvgFigure.parse(html.out());
        int n = r.get("waves").size();
        for (String construct : List.of("QUAL", "SAT")) {
            Element chart = SvgFigure.svg(doc, "csi-wave-trend-" + construct);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (JsonNode w : r.get("waves")) {
                JsonNode i = index(w, construct);
                for (String f : List.of("index", "lower", "upper")) {
                    min = Math.min(min, i.get(f).asDouble());
                    max = Math.max(max, i.get(f).asDouble());
                }
            }
            double lo = Math.max(0, Math.floor((min - 2) / 5) * 5);
            double hi = Math.min(100, Math.ceil((max + 2) / 5) * 5);
            List<Element> points = SvgFigure.elements(chart, "circle", "wave-point");
            List<Element> whiskers = SvgFigure.elements(chart, "line", "wave-ci");
            assertEquals(n, points.size());
            assertEquals(n, whiskers.size());
            for (int w = 0; w < n; w++) {
                JsonNode i = index(r.get("waves").get(w), construct);
                double x = 100 + w * 420.0 / (n - 1);
                assertEquals(x, SvgFigure.number(points.get(w), "cx"), 0.051);
                assertEquals(220 - 200 * (i.get("index").asDouble() - lo) / (hi - lo),
                        SvgFigure.number(points.get(w), "cy"), 0.051);
                assertEquals(220 - 200 * (i.get("upper").asDouble() - lo) / (hi - lo),
                        SvgFigure.number(whiskers.get(w), "y1"), 0.051);
                assertEquals(220 - 200 * (i.get("lower").asDouble() - lo) / (hi - lo),
                        SvgFigure.number(whiskers.get(w), "y2"), 0.051);
                assertTrue(i.get("lower").asDouble() <= i.get("index").asDouble()
                        && i.get("index").asDouble() <= i.get("upper").asDouble(), i::toString);
            }
            List<Element> labels = SvgFigure.elements(chart, "text", "wave-change");
            assertEquals(n - 1, labels.size());
            for (Element label : labels) {
                JsonNode c = change(r, label.getAttribute("data-to"), construct);
                String expected = String.format(java.util.Locale.ROOT, "%+.1f, ", c.get("change").asDouble())
                        + (c.get("significant").asBoolean() ? "significant" : "not significant");
                assertEquals(expected, label.getTextContent());
            }
        }
        assertTrue(change(r, "2026Q3", "SAT").get("significant").asBoolean(), "the shift of 2 points is found");
        assertTrue(!change(r, "2026Q2", "SAT").get("significant").asBoolean(), "no shift, no significant change");
        assertTrue(html.out().contains(", not significant</text>") && html.out().contains(", significant</text>"));
    }

    private static JsonNode index(JsonNode wave, String construct) {
        for (JsonNode i : wave.get("indices")) {
            if (i.get("construct").asText().equals(construct)) {
                return i;
            }
        }
        throw new AssertionError("no index of " + construct);
    }

    private static JsonNode change(JsonNode r, String to, String construct) {
        for (JsonNode c : r.get("changes")) {
            if (c.get("to").asText().equals(to) && c.get("construct").asText().equals(construct)) {
                return c;
            }
        }
        throw new AssertionError("no change to " + to + " of " + construct);
    }
}
