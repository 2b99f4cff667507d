package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --figure}: the HTML report's figures as standalone SVG files, and its bad uses. */
class FigureOptionTest {

    @TempDir
    Path dir;

    @Test
    void eachFigureIsTheHtmlFigureAsAStandaloneSvgDocument() throws IOException {
        Path html = dir.resolve("report.html");
        Path diagram = dir.resolve("diagram.svg");
        Path map = dir.resolve("bank-map.svg");
        Path bars = dir.resolve("indices.svg");
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--target", "SAT",
                "--format", "html", "--output", html.toString(), "--figure", diagram.toString(),
                "--figure", "ipma=" + map, "--figure", bars.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String page = Files.readString(html);
        for (Map.Entry<Path, String> e : Map.of(diagram, "csi-diagram", map, "csi-ipma", bars, "csi-indices").entrySet()) {
            String file = Files.readString(e.getKey());
            assertTrue(file.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), file);
            Element svg = SvgFigure.parse(file).getDocumentElement();
            assertEquals("svg", svg.getLocalName());
            assertEquals(SvgFigure.SVG_NS, svg.getNamespaceURI(), "the xmlns");
            assertEquals(e.getValue(), svg.getAttribute("class"));
            assertEquals(4, svg.getAttribute("viewBox").trim().split("\\s+").length, "a viewBox");
            // the same element, coordinates and all, as the page's figure
            String element = file.substring(file.indexOf("<svg ")).strip();
            assertTrue(page.contains(element), e.getKey() + " is not the page's figure");
            SvgFigure.assertInsideViewBox(svg);
        }
    }

    @Test
    void aFigureTheReportHasNotIsRefusedBeforeAnythingIsWritten() {
        Path report = dir.resolve("report.json");
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--output", report.toString(), "--figure", dir.resolve("ipma.svg").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("ipma.svg") && r.err().contains("needs --scale"), r::toString);
        assertFalse(Files.exists(report), "no report written");
        assertFalse(Files.exists(dir.resolve("ipma.svg")));
    }

    @Test
    void anUnknownKindOrANonSvgFileIsNamed() {
        for (String spec : List.of(dir.resolve("paths.svg").toString(), "chart=" + dir.resolve("x.svg"),
                dir.resolve("diagram.png").toString())) {
            CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--figure", spec);
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains("--figure " + spec), r::toString);
            assertEquals("", r.out(), "refused before the estimate");
        }
    }

    @Test
    void aFigureOverAnInputIsRefused() throws IOException {
        Path model = dir.resolve("diagram.svg");
        Files.copy(Path.of(bankModel()), model);
        String before = Files.readString(model);
        CliRun r = run("estimate", "--data", bankData(), "--model", model.toString(), "--figure", model.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(model.toString()) && r.err().contains("refusing to overwrite an input"), r::toString);
        assertEquals(before, Files.readString(model));
    }

    @Test
    void compareDrawsNoFigures() {
        CliRun r = run("compare", "--data", bankData(), "--model", bankModel(), "--model", bankModel(),
                "--figure", dir.resolve("diagram.svg").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("csi compare draws no figures"), r::toString);
    }
}
