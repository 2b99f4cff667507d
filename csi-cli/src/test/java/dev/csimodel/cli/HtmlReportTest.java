package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static dev.csimodel.report.SvgFigure.elements;
import static dev.csimodel.report.SvgFigure.number;
import static dev.csimodel.report.SvgFigure.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures of the HTML report of the ECSI bank model, read back as XML. */
class HtmlReportTest {

    /** Bar widths are written with one decimal: half a unit of rounding at most. */
    private static final double COORDINATE_TOLERANCE = 0.05;
    /** Importances and their mean are sums of a few doubles: rounding only. */
    private static final double IMPORTANCE_TOLERANCE = 1e-12;

    private static Document page;
    private static JsonNode json;

    @BeforeAll
    static void estimate() throws IOException {
        String[] args = {"estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--target", "SAT"};
        CliRun html = run(concat(args, "--format", "html"));
        assertEquals(0, html.exitCode(), html::toString);
        page = SvgFigure.parse(html.out());
        CliRun j = run(concat(args, "--format", "json"));
        assertEquals(0, j.exitCode(), j::toString);
        json = new ObjectMapper().readTree(j.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void diagramHasOneShapePerConstructIndicatorAndPath() {
        Element svg = SvgFigure.svg(page, "csi-diagram");
        assertEquals(6, elements(svg, "ellipse", "construct").size());
        // 5 + 5 + 5 + 4 + 4 + 4 indicators
        assertEquals(27, elements(svg, "rect", "indicator").size());
        List<Element> paths = elements(svg, "line", "path");
        List<Element> measurement = elements(svg, "line", "measurement");
        assertEquals(10, paths.size());
        assertEquals(27, measurement.size());
        for (Element arrow : concat(paths, measurement)) {
            assertTrue(arrow.getAttribute("marker-end").startsWith("url(#"), "arrowhead");
        }
        assertEquals(2, elements(svg, "marker", null).size());
    }

    private static List<Element> concat(List<Element> a, List<Element> b) {
        List<Element> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void diagramLabelsCarryPlspmCoefficientsLoadingsAndR2() {
        Element svg = SvgFigure.svg(page, "csi-diagram");
        List<String> texts = texts(svg);
        // VAL -> SAT: 0.580, t = 9.71, p < 0.001
        assertTrue(texts.contains("0.580***"), texts::toString);
        PlspmReference paths = PlspmReference.load("plspm_sat_path_paths.csv");
        int found = 0;
        for (String to : paths.rowNames()) {
            for (String from : paths.header().subList(1, paths.header().size())) {
                double b = paths.value(to, from);
                if (b != 0) {
                    String coefficient = String.format(Locale.ROOT, "%.3f", b);
                    assertTrue(texts.stream().anyMatch(t -> t.matches(java.util.regex.Pattern.quote(coefficient) + "\\**")),
                            () -> from + " -> " + to + " " + coefficient + " not in " + texts);
                    found++;
                }
            }
        }
        assertEquals(10, found);
        PlspmReference inner = PlspmReference.load("plspm_sat_path_inner_summary.csv");
        for (String c : List.of("EXPE", "QUAL", "VAL", "SAT", "LOY")) {
            String r2 = "R² = " + String.format(Locale.ROOT, "%.3f", inner.value(c, "R2"));
            assertTrue(texts.contains(r2), () -> r2 + " not in " + texts);
        }
        assertEquals(5, texts.stream().filter(t -> t.startsWith("R²")).count(), "R² of the endogenous constructs only");
        PlspmReference outer = PlspmReference.load("plspm_sat_path_outer.csv");
        for (String i : outer.rowNames()) {
            String loading = String.format(Locale.ROOT, "%.3f", outer.value(i, "loading"));
            assertTrue(texts.contains(loading), () -> i + " loading " + loading + " not in " + texts);
            assertTrue(texts.contains(i), () -> "box of " + i);
        }
    }

    @Test
    void diagramFitsItsViewBoxWithoutOverlaps() {
        Element svg = SvgFigure.svg(page, "csi-diagram");
        SvgFigure.assertInsideViewBox(svg);
        List<Element> ellipses = elements(svg, "ellipse", "construct");
        SvgFigure.assertDisjoint(ellipses);
        SvgFigure.assertDisjoint(concat(ellipses, elements(svg, "rect", "indicator")));
    }

    @Test
    void pathArrowsRunBetweenConstructsNotThroughThem() {
        Element svg = SvgFigure.svg(page, "csi-diagram");
        for (Element line : elements(svg, "line", "path")) {
            for (Element ellipse : elements(svg, "ellipse", "construct")) {
                assertFalse(SvgFigure.crossesInterior(line, ellipse),
                        () -> SvgFigure.describe(line) + " crosses " + SvgFigure.describe(ellipse));
            }
            for (Element box : elements(svg, "rect", "indicator")) {
                SvgFigure.Rect r = SvgFigure.bounds(box);
                assertFalse(crossesRect(line, r), () -> SvgFigure.describe(line) + " crosses " + r);
            }
        }
    }

    private static boolean crossesRect(Element line, SvgFigure.Rect r) {
        for (int k = 0; k <= 400; k++) {
            double t = k / 400.0;
            double x = number(line, "x1") + t * (number(line, "x2") - number(line, "x1"));
            double y = number(line, "y1") + t * (number(line, "y2") - number(line, "y1"));
            if (x > r.left() && x < r.right() && y > r.top() && y < r.bottom()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void indexBarsAreProportionalToTheIndices() {
        Element svg = SvgFigure.svg(page, "csi-indices");
        SvgFigure.assertInsideViewBox(svg);
        List<Element> bars = elements(svg, "rect", "index-bar");
        assertEquals(6, bars.size());
        JsonNode constructs = json.get("constructs");
        // the 0-100 axis spans the width of a bar of index 100: width / index is the same for all
        double unit = number(bars.get(0), "width") / constructs.get(0).get("index").asDouble();
        for (int k = 0; k < 6; k++) {
            double index = constructs.get(k).get("index").asDouble();
            assertEquals(index * unit, number(bars.get(k), "width"), COORDINATE_TOLERANCE * 2, constructs.get(k).toString());
            assertTrue(texts(svg).contains(String.format(Locale.ROOT, "%.1f", index)));
        }
        assertTrue(texts(svg).containsAll(List.of("0", "20", "40", "60", "80", "100")), "axis ticks");
    }

    @Test
    void importancePerformanceMapPlacesTheDriversOfSat() {
        JsonNode ipma = json.get("ipma");
        assertEquals("SAT", ipma.get("target").asText());
        JsonNode drivers = ipma.get("drivers");
        // the constructs with a route to SAT
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL"), names(drivers));
        double sum = 0;
        for (JsonNode d : drivers) {
            sum += d.get("importance").asDouble();
        }
        assertEquals(sum / 4, ipma.get("importanceLine").asDouble(), IMPORTANCE_TOLERANCE);
        for (JsonNode d : drivers) {
            String name = d.get("name").asText();
            // performance is the driver's index
            assertEquals(index(name), d.get("performance").asDouble(), IMPORTANCE_TOLERANCE, name);
            boolean important = d.get("importance").asDouble() >= ipma.get("importanceLine").asDouble();
            boolean high = d.get("performance").asDouble() >= ipma.get("performanceLine").asDouble();
            String expected = important ? (high ? "A" : "B") : (high ? "D" : "C");
            assertEquals(expected, d.get("quadrant").asText(), name);
        }
        Element svg = SvgFigure.svg(page, "csi-ipma");
        SvgFigure.assertInsideViewBox(svg);
        List<Element> points = elements(svg, "circle", "driver");
        assertEquals(4, points.size());
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                // higher importance further right, higher performance further up (smaller y)
                if (drivers.get(a).get("importance").asDouble() > drivers.get(b).get("importance").asDouble()) {
                    assertTrue(number(points.get(a), "cx") > number(points.get(b), "cx"));
                }
                if (drivers.get(a).get("performance").asDouble() > drivers.get(b).get("performance").asDouble()) {
                    assertTrue(number(points.get(a), "cy") < number(points.get(b), "cy"));
                }
            }
        }
        List<String> texts = texts(svg);
        for (JsonNode d : drivers) {
            String label = d.get("name").asText() + " (" + d.get("quadrant").asText() + ")";
            assertTrue(texts.contains(label), () -> label + " not in " + texts);
        }
        assertTrue(texts.containsAll(List.of("A advantage", "B repair", "C opportunity", "D maintain")), texts::toString);
        assertEquals(2, elements(svg, "line", "threshold").stream()
                .filter(l -> l.getAttribute("stroke-dasharray").length() > 0).count());
        SvgFigure.assertDisjoint(elements(svg, "text", null).stream().filter(t -> t.getTextContent().contains("(")).toList());
    }

    private static List<String> names(JsonNode drivers) {
        List<String> out = new ArrayList<>();
        drivers.forEach(d -> out.add(d.get("name").asText()));
        return out;
    }

    private static double index(String construct) {
        for (JsonNode c : json.get("constructs")) {
            if (c.get("name").asText().equals(construct)) {
                return c.get("index").asDouble();
            }
        }
        throw new AssertionError("no construct " + construct);
    }

    @Test
    void withoutAScaleThereAreNoIndexFigures() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "html");
        assertEquals(0, r.exitCode(), r::toString);
        Document doc = SvgFigure.parse(r.out());
        assertEquals(1, doc.getElementsByTagNameNS(SvgFigure.SVG_NS, "svg").getLength(), "the path diagram only");
        CliRun j = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json");
        assertFalse(j.out().contains("\"ipma\""), "no ipma without a scale");
    }
}
