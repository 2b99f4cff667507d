package dev.csimodel.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static dev.csimodel.report.SvgFigure.elements;
import static dev.csimodel.report.SvgFigure.number;
import static dev.csimodel.report.SvgFigure.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The path diagram of hand-made reports: markup in names, several constructs per column, Mode B. */
class PathDiagramTest {

    /** Coordinates are written with one decimal. */
    private static final double COORDINATE_TOLERANCE = 0.05;

    private static ConstructEntry construct(String name, String mode, Double r2) {
        return new ConstructEntry(name, mode, "composite", r2, r2, 0.6, 0.8, 0.85, 0.82, 0.86, 0.6, null, null, null, null, null);
    }

    private static PathEntry path(String from, String to, double b, double p) {
        return new PathEntry(from, to, b, 0.05, b / 0.05, p, 0.1, 1.2, null, null, null, null, null, null, null);
    }

    /**
     * Three exogenous constructs (one formative) drive M, which drives Y: two columns of one
     * construct after a column of three. Names carry the characters that must be escaped.
     */
    private static EstimationReport report() {
        List<ConstructEntry> constructs = List.of(construct("A&B", "A", null), construct("<C>", "B", null),
                construct("D\"'", "A", null), construct("M", "A", 0.41), construct("Y", "A", 0.25));
        List<IndicatorEntry> indicators = new ArrayList<>();
        for (ConstructEntry c : constructs) {
            for (int k = 1; k <= 3; k++) {
                indicators.add(new IndicatorEntry(c.name().toLowerCase() + k, c.name(), 0.3 + 0.01 * k, 0.7 + 0.01 * k,
                        0.5, null, 1.5));
            }
        }
        List<PathEntry> paths = List.of(path("A&B", "M", 0.31, 0.0004), path("<C>", "M", 0.22, 0.004),
                path("D\"'", "M", -0.12, 0.2), path("M", "Y", 0.5, 0.03), path("A&B", "Y", 0.05, 0.5));
        ReportSettings settings = new ReportSettings("a&b <data>.csv", "m\"odel'", "path", "standardised", false,
                1e-7, 300, null, null, null, null, null, null, null, null, null, null, "absolute");
        return new EstimationReport(settings, 100, true, 4, constructs, indicators, paths, List.of(), List.of(), 0.5,
                null, null, List.of(), null, null, null, null, null, null, null);
    }

    private static Document page() {
        StringWriter out = new StringWriter();
        new HtmlReport().write(report(), new PrintWriter(out));
        return SvgFigure.parse(out.toString());
    }

    @Test
    void namesWithMarkupCharactersAreEscaped() {
        Document doc = page();
        Element svg = SvgFigure.svg(doc, "csi-diagram");
        List<String> texts = texts(svg);
        assertTrue(texts.containsAll(List.of("A&B", "<C>", "D\"'", "a&b1", "<c>3")), texts::toString);
        assertTrue(doc.getDocumentElement().getTextContent().contains("a&b <data>.csv"), "data file name");
        // the path coefficients with their stars: p 0.0004 -> ***, 0.004 -> **, 0.2 -> none, 0.03 -> *
        assertTrue(texts.containsAll(List.of("0.310***", "0.220**", "-0.120", "0.500*", "0.050")), texts::toString);
    }

    @Test
    void aColumnOfThreeConstructsStaysApartAndInside() {
        Element svg = SvgFigure.svg(page(), "csi-diagram");
        SvgFigure.assertInsideViewBox(svg);
        List<Element> ellipses = elements(svg, "ellipse", "construct");
        assertEquals(5, ellipses.size());
        List<Element> shapes = new ArrayList<>(ellipses);
        shapes.addAll(elements(svg, "rect", "indicator"));
        SvgFigure.assertDisjoint(shapes);
        // the three exogenous constructs share the first column, M and Y follow in columns 2 and 3
        double x0 = number(ellipses.get(0), "cx");
        assertEquals(x0, number(ellipses.get(1), "cx"), COORDINATE_TOLERANCE);
        assertEquals(x0, number(ellipses.get(2), "cx"), COORDINATE_TOLERANCE);
        assertTrue(number(ellipses.get(3), "cx") > x0);
        assertTrue(number(ellipses.get(4), "cx") > number(ellipses.get(3), "cx"));
        for (Element line : elements(svg, "line", "path")) {
            for (Element e : ellipses) {
                assertFalse(SvgFigure.crossesInterior(line, e), () -> SvgFigure.describe(line) + " crosses " + SvgFigure.describe(e));
            }
        }
    }

    @Test
    void formativeArrowsPointToTheConstructAndShowWeights() {
        Element svg = SvgFigure.svg(page(), "csi-diagram");
        Element formative = elements(svg, "ellipse", "construct").get(1);
        double cx = number(formative, "cx");
        double cy = number(formative, "cy");
        List<Element> measurement = elements(svg, "line", "measurement");
        // block order: indicators 4-6 belong to <C>; their arrows end next to its centre
        for (int k = 3; k < 6; k++) {
            Element line = measurement.get(k);
            double start = Math.hypot(number(line, "x1") - cx, number(line, "y1") - cy);
            double end = Math.hypot(number(line, "x2") - cx, number(line, "y2") - cy);
            assertTrue(end < start, "Mode B arrows point from the indicator to the construct");
        }
        Element reflective = measurement.get(0);
        double ax = number(elements(svg, "ellipse", "construct").get(0), "cx");
        assertTrue(Math.abs(number(reflective, "x1") - ax) < Math.abs(number(reflective, "x2") - ax),
                "Mode A arrows point from the construct to the indicator");
        // weights 0.31-0.33 for <C>, loadings 0.71-0.73 for the others
        List<String> texts = texts(svg);
        assertEquals(3, texts.stream().filter(t -> t.equals("0.310") || t.equals("0.320") || t.equals("0.330")).count());
        assertEquals(12, texts.stream().filter(t -> t.matches("0\\.7[123]0")).count());
    }
}
