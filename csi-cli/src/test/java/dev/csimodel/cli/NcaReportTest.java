package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.nca.CeilingFit;
import dev.csimodel.models.nca.CipmaSettings;
import dev.csimodel.models.nca.CombinedDriver;
import dev.csimodel.models.nca.CombinedIpma;
import dev.csimodel.models.nca.Condition;
import dev.csimodel.models.nca.NcaSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The NCA and the cIPMA in the IPMA section of {@code csi estimate}: JSON, text and HTML. */
class NcaReportTest {

    /** The report holds the library's doubles as JSON numbers: exact. */
    private static final double EXACT = 0;
    private static final double HAND = 1e-9;

    private static JsonNode ipma(String... args) throws IOException {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return new ObjectMapper().readTree(r.out()).get("ipma");
    }

    /**
     * x = 2 4 6 8 10, y = 3 5 4 8 9 on 0-10, one indicator per block: scores X = 20..100,
     * Y = 30 50 40 80 90; scope [20,100] × [30,90], area 4800. CE-FDH peers (20,30) (40,50)
     * (80,80) (100,90): zone 20·20 + 60·30 + 80·10 = 3000, d = 0.625. CR-FDH through the peers:
     * x̄ 60, ȳ 62.5, Sxx 4000, Sxy 3000, y = 17.5 + 0.75x, meeting 90 at 96.667: zone
     * (230/3)(57.5)/2 = 13225/6, d = 13225/28800; (40,50) and (80,80) lie above it: accuracy 60%.
     * At Y = 80 the first peer with y ≥ 80 is (80,80): X ≥ 80 required, 3 of 5 cases below.
     */
    @Test
    void handComputedCeilingsInTheJsonReport(@TempDir Path dir) throws IOException {
        Path data = Files.writeString(dir.resolve("xy.csv"), "x,y\n2,3\n4,5\n6,4\n8,8\n10,9\n");
        Path model = Files.writeString(dir.resolve("xy.model"), "X <~ x\nY <~ y\nY ~ X\n");
        JsonNode ipma = ipma("estimate", "--data", data.toString(), "--model", model.toString(), "--scale", "0:10",
                "--format", "json", "--nca-permutations", "0");
        JsonNode nca = ipma.get("nca");
        assertEquals("Y", nca.get("outcome").asText());
        assertEquals("empirical", nca.get("scope").asText());
        JsonNode x = nca.get("conditions").get(0);
        assertEquals(20, x.get("xLow").asDouble(), HAND);
        assertEquals(90, x.get("yHigh").asDouble(), HAND);
        assertEquals(4, x.get("peers").asInt());
        JsonNode ce = x.get("ceilings").get(0);
        assertEquals("CE-FDH", ce.get("method").asText());
        assertEquals(3000, ce.get("zone").asDouble(), 1e-7);
        assertEquals(0.625, ce.get("effectSize").asDouble(), HAND);
        assertEquals("very large", ce.get("magnitude").asText());
        assertTrue(ce.get("pValue").isNull());
        assertTrue(ce.get("intercept").isNull());
        // 50% of the Y range = 60 needs the peer (80,80): (80 − 20)/80 = 75% of the X range
        JsonNode half = ce.get("bottleneck").get(5);
        assertEquals(50, half.get("outcomeLevel").asDouble(), HAND);
        assertEquals(75, half.get("required").asDouble(), HAND);
        assertEquals("NN", ce.get("bottleneck").get(0).get("status").asText());
        JsonNode cr = x.get("ceilings").get(1);
        assertEquals(0.75, cr.get("slope").asDouble(), HAND);
        assertEquals(17.5, cr.get("intercept").asDouble(), 1e-7);
        assertEquals(13225.0 / 28800, cr.get("effectSize").asDouble(), HAND);
        assertEquals(60, cr.get("accuracy").asDouble(), HAND);
        JsonNode driver = ipma.get("cipma").get("drivers").get(0);
        assertEquals(80, ipma.get("cipma").get("targetLevel").asDouble());
        assertEquals("untested", driver.get("necessity").asText());
        assertEquals(80, driver.get("required").asDouble(), HAND);
        assertEquals(3, driver.get("casesBelow").asInt());
        assertEquals(0.6, driver.get("shareBelow").asDouble(), HAND);
        assertEquals(ipma.get("drivers").get(0).get("importance").asDouble(), driver.get("importance").asDouble(), EXACT);
    }

    @Test
    void jsonValuesAreTheLibrarysOnTheBankSurvey() throws IOException {
        JsonNode ipma = ipma("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--format", "json", "--target", "SAT", "--nca-permutations", "300", "--seed", "5",
                "--cipma-level", "70", "--cipma-ceiling", "cr-fdh");
        PathModel model = ModelSyntax.parse(Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8));
        DataTable table = CsvDataReader.withDefaults().read(Path.of(bankData()), model.indicators());
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, table);
        CombinedIpma lib = CombinedIpma.constructs(fit, IndicatorScales.uniform(new Scale(0, 10)), table, "SAT",
                NcaSettings.defaults().withPermutations(300).withSeed(5),
                CipmaSettings.at(70).withCeiling(dev.csimodel.models.nca.CeilingMethod.CR_FDH));
        JsonNode conditions = ipma.get("nca").get("conditions");
        assertEquals(lib.drivers().size(), conditions.size());
        for (int k = 0; k < conditions.size(); k++) {
            Condition c = lib.nca().conditions().get(k);
            JsonNode j = conditions.get(k);
            assertEquals(c.name(), j.get("name").asText());
            CeilingFit[] fits = {c.ceFdh(), c.crFdh()};
            for (int m = 0; m < 2; m++) {
                JsonNode e = j.get("ceilings").get(m);
                assertEquals(fits[m].effectSize(), e.get("effectSize").asDouble(), EXACT);
                assertEquals(fits[m].accuracy(), e.get("accuracy").asDouble(), EXACT);
                assertEquals(fits[m].pValue().getAsDouble(), e.get("pValue").asDouble(), EXACT);
                for (int r = 0; r < fits[m].bottleneck().size(); r++) {
                    var step = fits[m].bottleneck().get(r);
                    JsonNode b = e.get("bottleneck").get(r);
                    assertEquals(step.required().isPresent() ? step.required().getAsDouble() : null,
                            b.get("required").isNull() ? null : b.get("required").asDouble());
                }
            }
            CombinedDriver d = lib.drivers().get(k);
            JsonNode jd = ipma.get("cipma").get("drivers").get(k);
            assertEquals(d.effectSize(), jd.get("effectSize").asDouble(), EXACT);
            assertEquals(d.pValue().getAsDouble(), jd.get("pValue").asDouble(), EXACT);
            assertEquals(d.necessity().name().toLowerCase().replace('_', ' '), jd.get("necessity").asText());
            assertEquals(d.shareBelow().isPresent() ? d.shareBelow().getAsDouble() : null,
                    jd.get("shareBelow").isNull() ? null : jd.get("shareBelow").asDouble());
        }
        assertEquals("CR-FDH", ipma.get("cipma").get("ceiling").asText());
        assertEquals(300, ipma.get("nca").get("permutations").asInt());
    }

    @Test
    void textAndHtmlCarryTheTables(@TempDir Path dir) throws IOException {
        CliRun text = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--nca-permutations", "100");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("Necessary conditions of LOY (NCA on the 0-100 scores, empirical scope)"),
                text::toString);
        assertTrue(text.out().contains("Bottleneck table (CE-FDH): LOY level -> required driver level"));
        assertTrue(text.out().contains("Bottleneck table (CR-FDH)"));
        assertTrue(text.out().contains("Combined importance-performance map (cIPMA) of LOY at 80.0 (CE-FDH)"));
        assertTrue(text.out().lines().anyMatch(l -> l.strip().startsWith("0.0") && l.contains("NN")),
                "the 0% row is NN for every driver");
        Path html = dir.resolve("r.html");
        CliRun h = run("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--format", "html",
                "--nca-permutations", "100", "--output", html.toString());
        assertEquals(0, h.exitCode(), h::toString);
        String page = Files.readString(html);
        assertTrue(page.contains("<h2>Necessary conditions of LOY"), "HTML NCA heading");
        assertTrue(page.contains("<h2>Combined importance-performance map (cIPMA) of LOY"), "HTML cIPMA heading");
        assertTrue(page.contains("<th>necessary</th>"));
    }

    /** The HTML's combined map: one bubble per driver, area by the share below, red when necessary. */
    @Test
    void htmlDrawsTheCombinedMap(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("r.html");
        Path json = dir.resolve("r.json");
        String[] common = {"estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10", "--target", "SAT",
                "--nca-permutations", "200", "--cipma-level", "90"};
        assertEquals(0, run(with(common, "--format", "html", "--output", html.toString())).exitCode());
        assertEquals(0, run(with(common, "--format", "json", "--output", json.toString())).exitCode());
        JsonNode drivers = new ObjectMapper().readTree(json.toFile()).get("ipma").get("cipma").get("drivers");
        org.w3c.dom.Element svg = SvgFigure.svg(SvgFigure.parse(Files.readString(html)), "csi-cipma");
        SvgFigure.assertInsideViewBox(svg);
        List<org.w3c.dom.Element> bubbles = SvgFigure.elements(svg, "circle", "driver");
        assertEquals(drivers.size(), bubbles.size());
        for (int k = 0; k < bubbles.size(); k++) {
            JsonNode d = drivers.get(k);
            double share = d.get("shareBelow").isNull() ? 0 : d.get("shareBelow").asDouble();
            assertEquals(5 + 20 * Math.sqrt(share), SvgFigure.number(bubbles.get(k), "r"), 0.05, d::toString);
            assertEquals(d.get("necessity").asText().equals("necessary") ? "#c0392b" : "#3b73b9",
                    bubbles.get(k).getAttribute("fill"), d::toString);
        }
        assertTrue(SvgFigure.texts(svg).stream().anyMatch(t -> t.startsWith("VAL (") && t.endsWith("%)")),
                () -> SvgFigure.texts(svg).toString());
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void withoutATestThePValuesAreAbsentAndStreamingHasNoNca() throws IOException {
        JsonNode none = ipma("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--format", "json", "--nca-permutations", "0");
        assertEquals(0, none.get("nca").get("permutations").asInt());
        none.get("cipma").get("drivers").forEach(d -> {
            assertTrue(d.get("pValue").isNull(), d::toString);
            assertFalse(d.get("necessity").asText().equals("necessary"), d::toString);
        });
        JsonNode streamed = ipma("estimate", "--data", bankData(), "--model", bankModel(), "--scale", "0:10",
                "--format", "json", "--streaming");
        assertFalse(streamed.has("nca"));
        assertFalse(streamed.has("cipma"));
    }

    @Test
    void badNcaOptionsExitTwoNamingTheOption() {
        String[][] cases = {
                {"--scale", "0:10", "--nca-permutations", "-1"},
                {"--scale", "0:10", "--cipma-level", "150"},
                {"--scale", "0:10", "--nca-scope", "global"},
                {"--scale", "0:10", "--cipma-ceiling", "ols"},
                {"--nca-permutations", "100"},
        };
        String[] names = {"--nca-permutations", "--cipma-level", "--nca-scope", "--cipma-ceiling", "--nca-permutations"};
        for (int k = 0; k < cases.length; k++) {
            List<String> args = new ArrayList<>(List.of("estimate", "--data", bankData(), "--model", bankModel()));
            args.addAll(List.of(cases[k]));
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r::toString);
            assertTrue(r.err().contains(names[k]), r::toString);
        }
    }
}
