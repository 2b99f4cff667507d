package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import static dev.csimodel.cli.CliRun.run;
import static dev.csimodel.report.SvgFigure.elements;
import static dev.csimodel.report.SvgFigure.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ACSI impacts, the priority list and the IPMA target through the command line. */
class ImpactsCliTest {

    /** Impacts are 5 × an importance, sums of a few doubles: rounding only. */
    private static final double IMPACT_TOLERANCE = 1e-9;
    /** The hand-computed slope of the two-column data set vs the PLS estimate. */
    private static final double HAND_TOLERANCE = 1e-9;
    /** Streamed moments vs in-memory data: summation order only. */
    private static final double STREAMING_TOLERANCE = 1e-9;
    /** SVG coordinates are written with one decimal. */
    private static final double COORDINATE_TOLERANCE = 0.05;
    private static final String ECSI_MAP = "IMAG=imag1,imag2,imag3,imag4,imag5;EXPE=expe1,expe2,expe3,expe4,expe5;"
            + "QUAL=qual1,qual2,qual3,qual4,qual5;VAL=val1,val2,val3,val4;SAT=sat1,sat2,sat3,sat4;LOY=loy1,loy2,loy3,loy4";

    private static JsonNode json(String... args) throws IOException {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(d -> out.add(d.get("name").asText()));
        return out;
    }

    @Test
    void impactOfASinglePathMatchesTheHandComputedSlope(@TempDir Path dir) throws IOException {
        // x = 2 4 6 8 10, y = 3 5 4 8 9 on 0-10: one indicator per block, so the 0-100 scores are
        // 10x and 10y and the unstandardised effect is cov/var = 30/40 = 0.75; impact 5 x 0.75.
        Path data = Files.writeString(dir.resolve("xy.csv"), "x,y\n2,3\n4,5\n6,4\n8,8\n10,9\n");
        Path model = Files.writeString(dir.resolve("xy.model"), "X <~ x\nY <~ y\nY ~ X\n");
        JsonNode ipma = json("estimate", "--data", data.toString(), "--model", model.toString(), "--scale", "0:10",
                "--format", "json").get("ipma");
        assertEquals("Y", ipma.get("target").asText());
        assertEquals(5, ipma.get("impactPoints").asDouble());
        JsonNode x = ipma.get("drivers").get(0);
        assertEquals(0.75, x.get("importance").asDouble(), HAND_TOLERANCE);
        assertEquals(3.75, x.get("impact").asDouble(), HAND_TOLERANCE);
        assertEquals(60, x.get("performance").asDouble(), HAND_TOLERANCE);
        JsonNode item = ipma.get("indicators").get(0);
        assertEquals("x", item.get("name").asText());
        assertEquals(1, item.get("weight").asDouble(), HAND_TOLERANCE);
        assertEquals(3.75, item.get("impact").asDouble(), HAND_TOLERANCE);
        JsonNode first = ipma.get("priorities").get(0);
        assertEquals(1, first.get("rank").asInt());
        assertEquals("X", first.get("name").asText());
    }

    @Test
    void defaultTargetIsTheFinalConstructAndPrioritiesFollowTheImpacts() throws IOException {
        JsonNode ipma = json("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--format", "json").get("ipma");
        // LOY is the only construct without a successor
        assertEquals("LOY", ipma.get("target").asText());
        JsonNode drivers = ipma.get("drivers");
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL", "SAT"), names(drivers));
        double meanPerformance = 0;
        for (JsonNode d : drivers) {
            assertEquals(5 * d.get("importance").asDouble(), d.get("impact").asDouble(), IMPACT_TOLERANCE);
            meanPerformance += d.get("performance").asDouble() / drivers.size();
        }
        JsonNode priorities = ipma.get("priorities");
        assertEquals(5, priorities.size());
        for (int k = 0; k < priorities.size(); k++) {
            JsonNode p = priorities.get(k);
            assertEquals(k + 1, p.get("rank").asInt());
            if (k > 0) {
                assertTrue(priorities.get(k - 1).get("impact").asDouble() >= p.get("impact").asDouble(), p::toString);
            }
            assertEquals(p.get("performance").asDouble() < meanPerformance, p.get("belowMeanPerformance").asBoolean(),
                    p::toString);
        }
        assertIndicatorImpactsSplitTheConstructImpact(ipma);
    }

    private static void assertIndicatorImpactsSplitTheConstructImpact(JsonNode ipma) {
        for (JsonNode d : ipma.get("drivers")) {
            double weights = 0;
            double impacts = 0;
            for (JsonNode i : ipma.get("indicators")) {
                if (i.get("construct").asText().equals(d.get("name").asText())) {
                    assertEquals(i.get("weight").asDouble() * d.get("impact").asDouble(), i.get("impact").asDouble(),
                            IMPACT_TOLERANCE, i::toString);
                    weights += i.get("weight").asDouble();
                    impacts += i.get("impact").asDouble();
                }
            }
            assertEquals(1, weights, IMPACT_TOLERANCE, d::toString);
            assertEquals(d.get("impact").asDouble(), impacts, IMPACT_TOLERANCE, d::toString);
        }
    }

    @Test
    void targetOptionChoosesTheConstruct() throws IOException {
        JsonNode ipma = json("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--target", "VAL", "--format", "json").get("ipma");
        assertEquals("VAL", ipma.get("target").asText());
        assertEquals(List.of("IMAG", "EXPE", "QUAL"), names(ipma.get("drivers")));
        assertEquals(5 + 5 + 5, ipma.get("indicators").size()); // the blocks of IMAG, EXPE, QUAL
    }

    @Test
    void aNationalModelTargetsItsSatisfactionConstruct() throws IOException {
        JsonNode ipma = json("model", "ecsi", "--data", bankData(), "--map", ECSI_MAP, "--scale", "0:10",
                "--format", "json").get("ipma");
        assertEquals("SAT", ipma.get("target").asText());
        JsonNode loy = json("model", "ecsi", "--data", bankData(), "--map", ECSI_MAP, "--scale", "0:10",
                "--target", "LOY", "--format", "json").get("ipma");
        assertEquals("LOY", loy.get("target").asText());
    }

    @Test
    void theDemoTargetsTheEcsiSatisfaction() throws IOException {
        assertEquals("SAT", json("demo", "--format", "json").get("ipma").get("target").asText());
    }

    @Test
    void streamingHonoursTheTarget() throws IOException {
        String[] args = {"estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--target", "VAL",
                "--format", "json"};
        JsonNode memory = json(args).get("ipma");
        JsonNode streamed = json(concat(args, "--streaming")).get("ipma");
        assertEquals("VAL", streamed.get("target").asText());
        for (int k = 0; k < memory.get("priorities").size(); k++) {
            JsonNode m = memory.get("priorities").get(k);
            JsonNode s = streamed.get("priorities").get(k);
            assertEquals(m.get("name").asText(), s.get("name").asText());
            assertEquals(m.get("impact").asDouble(), s.get("impact").asDouble(), STREAMING_TOLERANCE, s::toString);
        }
    }

    @Test
    void badTargetsNameTheCulprit() {
        CliRun unknown = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--target", "TRUST");
        assertNotEquals(0, unknown.exitCode());
        assertTrue(unknown.err().contains("'TRUST'"), unknown::toString);
        CliRun exogenous = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--target", "IMAG");
        assertNotEquals(0, exogenous.exitCode());
        assertTrue(exogenous.err().contains("'IMAG'"), exogenous::toString);
        CliRun noScale = run("estimate", "--data", bankData(), "--model", bankModel(), "--target", "SAT");
        assertNotEquals(0, noScale.exitCode());
        assertTrue(noScale.err().contains("--scale"), noScale::toString);
    }

    @Test
    void textReportListsThePrioritiesInRankOrder() throws IOException {
        String[] args = {"estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--target", "SAT"};
        JsonNode ipma = json(concat(args, "--format", "json")).get("ipma");
        CliRun text = run(args);
        assertEquals(0, text.exitCode(), text::toString);
        String out = text.out();
        int section = out.indexOf("What to fix first: drivers of SAT by impact");
        assertTrue(section >= 0, out);
        assertTrue(out.indexOf("Indicator impacts on SAT") > section, out);
        int previous = section;
        for (JsonNode p : ipma.get("priorities")) {
            String impact = String.format(java.util.Locale.ROOT, "%.2f", p.get("impact").asDouble());
            int at = out.indexOf(" " + p.get("name").asText() + " ", previous);
            assertTrue(at > previous, () -> p + " not after " + out);
            int line = out.indexOf('\n', at);
            String row = out.substring(at, line);
            assertTrue(row.contains(impact), row);
            assertEquals(p.get("belowMeanPerformance").asBoolean(), row.contains("!"), row);
            previous = line;
        }
    }

    @Test
    void htmlIndexBarsCarryTheBootstrapIntervals() throws IOException {
        String[] args = {"estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--bootstrap", "50", "--seed", "3"};
        JsonNode constructs = json(concat(args, "--format", "json")).get("constructs");
        CliRun html = run(concat(args, "--format", "html"));
        assertEquals(0, html.exitCode(), html::toString);
        assertTrue(html.out().contains("What to fix first"), "priority table in HTML");
        Element svg = SvgFigure.svg(SvgFigure.parse(html.out()), "csi-indices");
        SvgFigure.assertInsideViewBox(svg);
        List<Element> bars = elements(svg, "rect", "index-bar");
        List<Element> whiskers = elements(svg, "line", "index-ci");
        assertEquals(6, whiskers.size());
        // bars start at the axis origin x0 and a bar of index v is v units long
        double x0 = number(bars.get(0), "x");
        double unit = number(bars.get(0), "width") / constructs.get(0).get("index").asDouble();
        for (int k = 0; k < 6; k++) {
            JsonNode c = constructs.get(k);
            double lo = c.get("indexCiLower").asDouble();
            double hi = c.get("indexCiUpper").asDouble();
            assertTrue(lo <= c.get("index").asDouble() && c.get("index").asDouble() <= hi, c::toString);
            assertEquals(x0 + lo * unit, number(whiskers.get(k), "x1"), COORDINATE_TOLERANCE * 2, c::toString);
            assertEquals(x0 + hi * unit, number(whiskers.get(k), "x2"), COORDINATE_TOLERANCE * 2, c::toString);
        }
        assertEquals(12, elements(svg, "line", "index-ci-cap").size());
    }

    @Test
    void withoutBootstrapTheBarsHaveNoWhiskers() throws IOException {
        CliRun html = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--format", "html");
        assertEquals(0, html.exitCode(), html::toString);
        Element svg = SvgFigure.svg(SvgFigure.parse(html.out()), "csi-indices");
        assertEquals(0, elements(svg, "line", "index-ci").size());
        assertEquals(6, elements(svg, "rect", "index-bar").size());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
