package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.resource;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi estimate} of the bank model with IMAG:VAL -> SAT: the interaction effects against
 * seminr 2.3.4 ({@code seminr_sat_mod_*_interaction_scale.csv}), the slopes, the bootstrap's
 * floodlight, the text and HTML sections, and the refusal of {@code --streaming}.
 */
class ModerationCommandTest {

    /** As the library's reference tests: 1e-6 against R. */
    private static final double TOL = 1e-6;
    /** The report's slopes are arithmetic on its own coefficients. */
    private static final double ARITHMETIC_TOL = 1e-12;

    private static final ObjectMapper JSON = new ObjectMapper();

    static String model() {
        return resource("satisfaction/ecsi-bank-moderation.model");
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    /** The numbers of seminr's one-row {@code _interaction_scale.csv}: scale factor, seminr path, standardised path. */
    static double[] reference(String method) throws IOException {
        try (InputStream in = ModerationCommandTest.class.getResourceAsStream(
                "/satisfaction/seminr_sat_mod_" + method + "_interaction_scale.csv")) {
            String[] cells = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).findFirst()
                    .orElseThrow().split(",");
            return new double[] {Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4])};
        }
    }

    @ParameterizedTest
    @CsvSource({"two-stage,two_stage", "product-indicator,product_indicator", "orthogonal,orthogonal"})
    void jsonReportsTheInteractionAsSeminrDoes(String option, String file) throws IOException {
        JsonNode r = json("estimate", "--data", bankData(), "--model", model(), "--format", "json", "--interaction", option);
        double[] ref = reference(file);
        JsonNode m = r.path("moderation");
        assertEquals(option, m.path("method").asText());
        JsonNode e = m.path("interactions").get(0);
        assertEquals("IMAG:VAL", e.path("term").asText());
        assertEquals("SAT", e.path("target").asText());
        assertEquals(ref[0], e.path("scaleFactor").asDouble(), TOL);
        assertEquals(ref[1], e.path("seminrCoefficient").asDouble(), TOL);
        assertEquals(ref[2], e.path("coefficient").asDouble(), TOL);
        boolean found = false;
        for (JsonNode p : r.path("paths")) {
            if (p.path("from").asText().equals("IMAG:VAL")) {
                assertEquals(ref[2], p.path("estimate").asDouble(), TOL);
                found = true;
            }
        }
        assertTrue(found, "IMAG:VAL -> SAT in paths");
        JsonNode slopes = e.path("slopes");
        assertEquals(3, slopes.size());
        double bx = e.path("independentCoefficient").asDouble();
        for (int k = 0; k < 3; k++) {
            assertEquals(k - 1.0, slopes.get(k).path("level").asDouble());
            assertEquals(bx + (k - 1) * ref[1], slopes.get(k).path("slope").asDouble(), TOL);
            assertTrue(slopes.get(k).path("stdError").isNull());
        }
        assertFalse(e.has("floodlight"));
    }

    @Test
    void bootstrapAddsIntervalsTheFloodlightAndPathInference() throws IOException {
        JsonNode r = json("estimate", "--data", bankData(), "--model", model(), "--format", "json",
                "--bootstrap", "100", "--seed", "3", "--threads", "2");
        JsonNode e = r.path("moderation").path("interactions").get(0);
        assertEquals(61, e.path("floodlight").size());
        assertEquals(-3.0, e.path("floodlight").get(0).path("level").asDouble(), ARITHMETIC_TOL);
        assertTrue(e.path("johnsonNeyman").isArray());
        for (JsonNode s : e.path("slopes")) {
            assertTrue(s.path("stdError").asDouble() > 0);
            assertTrue(s.path("lower").asDouble() <= s.path("slope").asDouble() + 0.05);
        }
        assertEquals(100, r.path("bootstrap").path("requested").asInt());
        for (JsonNode p : r.path("paths")) {
            assertTrue(p.path("bootStdError").asDouble() > 0, p.toString());
        }
    }

    @Test
    void textAndHtmlHaveTheSectionsAndTheSlopePlot() {
        CliRun text = run("estimate", "--data", bankData(), "--model", model());
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("Interaction effects (two-stage)"), text.out());
        assertTrue(text.out().contains("Simple slopes"), text.out());
        assertTrue(text.out().contains("VAL +1 SD"), text.out());
        CliRun html = run("estimate", "--data", bankData(), "--model", model(), "--format", "html");
        assertEquals(0, html.exitCode(), html::toString);
        org.w3c.dom.Element plot = SvgFigure.svg(SvgFigure.parse(html.out()), "csi-slopes");
        java.util.List<org.w3c.dom.Element> lines = SvgFigure.elements(plot, "polyline", "slope-line");
        assertEquals(3, lines.size(), "lines at -1 SD, mean, +1 SD");
        double[] rise = new double[3];
        for (int k = 0; k < 3; k++) {
            String[] points = lines.get(k).getAttribute("points").split(" ");
            rise[k] = Double.parseDouble(points[0].split(",")[1]) - Double.parseDouble(points[points.length - 1].split(",")[1]);
        }
        // seminr 2.3.4 two_stage (seminr_sat_mod_two_stage_paths.csv): IMAG -> SAT 0.1739, IMAG*VAL -> SAT -0.0340,
        // so the slopes are 0.174 -/+ 0.034 at -1/+1 SD and the pixel rises of the lines keep their ratios
        // (coordinates have one decimal, rises are about 40 px: 0.02 covers the rounding)
        double c = -0.0340143629873723;
        double b = 0.173885761614837;
        assertEquals((b - c) / b, rise[0] / rise[1], 0.02, "-1 SD line");
        assertEquals((b + c) / b, rise[2] / rise[1], 0.02, "+1 SD line");
        assertTrue(SvgFigure.texts(plot).contains("VAL +1 SD (0.140)"), SvgFigure.texts(plot).toString());
    }

    @Test
    void streamingRefusesTheInteractionByName() {
        CliRun r = run("estimate", "--data", bankData(), "--model", model(), "--streaming");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--streaming") && r.err().contains("IMAG:VAL -> SAT"), r.err());
    }

    @Test
    void unknownMethodIsRejectedNamingTheChoices() {
        CliRun r = run("estimate", "--data", bankData(), "--model", model(), "--interaction", "three-stage");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("'three-stage' is not an interaction method; use two-stage, product-indicator, orthogonal"),
                r.err());
    }

    @Test
    void pValueAdjustmentIsRefusedRatherThanLeftUndone() {
        CliRun r = run("estimate", "--data", bankData(), "--model", model(), "--p-adjust", "holm");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--p-adjust is not supported with interaction terms"), r.err());
    }
}
