package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.resource;
import static dev.csimodel.cli.CliRun.run;
import static dev.csimodel.report.SvgFigure.bounds;
import static dev.csimodel.report.SvgFigure.elements;
import static dev.csimodel.report.SvgFigure.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The path diagram stays legible on two real models: the corporate-reputation model of Hair et
 * al. (four formative drivers each pointing to both COMP and LIKE, eight crossing arrows) and
 * the ECSI bank model (arrows skipping columns). Geometry measured on the written SVG, with the
 * labels' extent estimated from their font size (SvgFigure): no two labels overlap, no arrow
 * passes through a label other than its own, no label covers a construct or an indicator box.
 */
class DiagramLegibilityTest {

    @TempDir
    Path dir;

    private Element diagram(String... args) throws IOException {
        Path svg = dir.resolve("diagram.svg");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--figure", svg.toString(), "--output", dir.resolve("report.json").toString(),
                "--format", "json"));
        CliRun r = run(all.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return SvgFigure.parse(Files.readString(svg)).getDocumentElement();
    }

    private Element corpRep() throws IOException {
        return diagram("estimate", "--data", resource("spss/corp_rep_data.csv"), "--model",
                resource("formats/corp-rep-formative.model"), "--missing", "-99", "--missing-strategy", "mean");
    }

    private Element bank() throws IOException {
        return diagram("estimate", "--data", bankData(), "--model", bankModel());
    }

    private static List<Element> labels(Element svg) {
        List<Element> out = new ArrayList<>(elements(svg, "text", "path-label"));
        out.addAll(elements(svg, "text", "measure-label"));
        return out;
    }

    private static List<Element> arrows(Element svg) {
        List<Element> out = new ArrayList<>(elements(svg, "line", "path"));
        out.addAll(elements(svg, "line", "measurement"));
        return out;
    }

    @Test
    void corpRepLabelsAreApartFromEachOtherArrowsAndShapes() throws IOException {
        Element svg = corpRep();
        // 13 structural paths, 31 indicators: each arrow carries one label
        assertEquals(13, elements(svg, "text", "path-label").size());
        assertEquals(31, elements(svg, "text", "measure-label").size());
        assertLegible(svg);
    }

    @Test
    void corpRepWithReflectiveDriversAndBootstrapStarsStaysLegible() throws IOException {
        Element svg = diagram("estimate", "--data", resource("spss/corp_rep_data.csv"), "--model",
                resource("spss/corp-rep.model"), "--missing", "-99", "--missing-strategy", "mean", "--bootstrap", "30",
                "--seed", "3");
        assertEquals(13, elements(svg, "text", "path-label").size());
        assertLegible(svg);
    }

    @Test
    void bankLabelsAreApartFromEachOtherArrowsAndShapes() throws IOException {
        Element svg = bank();
        assertEquals(10, elements(svg, "text", "path-label").size());
        assertLegible(svg);
    }

    private static void assertLegible(Element svg) {
        SvgFigure.assertInsideViewBox(svg);
        List<Element> labels = labels(svg);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (bounds(labels.get(i)).overlaps(bounds(labels.get(j)))) {
                    problems.add("label " + describe(labels.get(i)) + " overlaps label " + describe(labels.get(j)));
                }
            }
        }
        for (Element line : arrows(svg)) {
            for (Element label : labels) {
                if (!label.getAttribute("data-arrow").equals(line.getAttribute("data-arrow"))
                        && crosses(line, bounds(label))) {
                    problems.add("arrow " + SvgFigure.describe(line) + " runs through label " + describe(label));
                }
            }
        }
        List<Element> shapes = new ArrayList<>(elements(svg, "ellipse", "construct"));
        shapes.addAll(elements(svg, "rect", "indicator"));
        for (Element label : labels) {
            for (Element shape : shapes) {
                if (bounds(label).overlaps(bounds(shape))) {
                    problems.add("label " + describe(label) + " covers " + SvgFigure.describe(shape));
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static String describe(Element text) {
        return "'" + text.getTextContent() + "' " + bounds(text);
    }

    /** @return true if the segment of {@code line} meets the rectangle (Liang-Barsky clipping) */
    static boolean crosses(Element line, SvgFigure.Rect r) {
        double x1 = number(line, "x1");
        double y1 = number(line, "y1");
        double dx = number(line, "x2") - x1;
        double dy = number(line, "y2") - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - r.left(), r.right() - x1, y1 - r.top(), r.bottom() - y1};
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    lo = Math.max(lo, t);
                } else {
                    hi = Math.min(hi, t);
                }
            }
        }
        return lo < hi;
    }
}
