package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.HtmtInference;
import dev.csimodel.bootstrap.HtmtTest;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.bootstrap.MediationAnalysis;
import dev.csimodel.bootstrap.MediationEffect;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.predict.Cvpat;
import dev.csimodel.predict.CvpatResult;
import dev.csimodel.predict.PredictionSettings;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.result.PValueAdjustment;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi estimate} reports the specific indirect effects, HTMT inference, adjusted p-values
 * and the bootstrap multi-group tests that the library computes, in JSON, text and HTML, and
 * {@code csi compare} the CVPAT of a pair of models.
 */
class InferenceReportTest {

    /** JSON numbers are the library's doubles printed at full precision. */
    static final double LIBRARY_TOL = 1e-12;
    /** seminr 2.3.4, seminr_sat_specific_indirect.csv: IMAG -> EXPE -> QUAL -> SAT. */
    static final double SEMINR_IMAG_EXPE_QUAL_SAT = 0.0651198166963529;
    static final double SEMINR_TOL = 1e-6;
    static final int RESAMPLES = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    static PathModel model;
    static DataTable table;

    @BeforeAll
    static void load() throws IOException {
        model = ModelSyntax.parse(Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8));
        table = CsvDataReader.withDefaults().read(Path.of(bankData()), model.indicators());
    }

    static JsonNode json(CliRun r) throws IOException {
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void specificIndirectEffectsWithBootstrapAndTypesAreTheLibrarys() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--bootstrap", String.valueOf(RESAMPLES), "--seed", "3", "--threads", "2"));
        BootstrapResult boot = new Bootstrap(PlsEstimator.withDefaults(), BootstrapSettings.defaults()
                .withResamples(RESAMPLES).withSeed(3).withThreads(1).withIntervals(IntervalMethod.PERCENTILE))
                .run(model, table);
        List<MediationEffect> expected = MediationAnalysis.of(boot, IntervalMethod.PERCENTILE);
        JsonNode entries = report.get("inference").get("specificIndirect");
        assertEquals(expected.size(), entries.size());
        for (int i = 0; i < expected.size(); i++) {
            MediationEffect m = expected.get(i);
            JsonNode e = entries.get(i);
            assertEquals(m.from(), e.get("from").asText());
            assertEquals(m.through(), texts(e.get("through")));
            assertEquals(m.indirect().original(), e.get("estimate").asDouble(), LIBRARY_TOL, m.label());
            assertEquals(m.indirect().stdError(), e.get("bootStdError").asDouble(), LIBRARY_TOL, m.label());
            assertEquals(m.indirect().percentile().lower(), e.get("percentileLower").asDouble(), LIBRARY_TOL);
            assertEquals(m.type().orElseThrow().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.get("type").asText());
            assertFalse(e.has("bcaLower"), "BCa only with --ci bca");
            assertEquals(m.direct().isPresent(), !e.get("direct").isNull(), m.label());
        }
        JsonNode seminr = entries.get(4); // IMAG -> EXPE -> QUAL -> SAT, the 5th route (IMAG-QUAL 1, IMAG-VAL 2)
        assertEquals(List.of("EXPE", "QUAL"), texts(seminr.get("through")));
        assertEquals(SEMINR_IMAG_EXPE_QUAL_SAT, seminr.get("estimate").asDouble(), SEMINR_TOL);
        List<HtmtTest> htmt = HtmtInference.of(boot);
        JsonNode hi = report.get("inference").get("htmtInference");
        assertEquals(htmt.size(), hi.size());
        for (int i = 0; i < htmt.size(); i++) {
            assertEquals(htmt.get(i).upperBound().orElseThrow(), hi.get(i).get("upper95").asDouble(), LIBRARY_TOL);
            assertEquals(htmt.get(i).below(0.85), hi.get(i).get("below085").asBoolean());
            assertEquals(htmt.get(i).below(0.90), hi.get(i).get("below090").asBoolean());
        }
    }

    @Test
    void withoutBootstrapOnlyPointEstimatesAndBcaOnRequest() throws IOException {
        JsonNode plain = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json"));
        JsonNode first = plain.get("inference").get("specificIndirect").get(0);
        assertFalse(first.has("bootStdError"));
        assertFalse(first.has("type"));
        assertFalse(plain.get("inference").has("htmtInference"));
        JsonNode bca = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--bootstrap", "50", "--ci", "bca"));
        JsonNode e = bca.get("inference").get("specificIndirect").get(0);
        assertTrue(e.get("bcaLower").asDouble() < e.get("bcaUpper").asDouble(), e::toString);
        assertTrue(e.get("percentileLower").isNumber(), e::toString);
    }

    @Test
    void adjustedPValuesAreHolmOfTheShownOnes() throws IOException {
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--p-adjust", "holm"));
        assertEquals("holm", report.get("inference").get("pAdjustment").asText());
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, table);
        double[] p = model.paths().stream().mapToDouble(s -> fit.path(s.from(), s.to()).pValue().orElseThrow()).toArray();
        double[] holm = PValueAdjustment.HOLM.adjust(p);
        for (int j = 0; j < p.length; j++) {
            JsonNode path = report.get("paths").get(j);
            assertEquals(p[j], path.get("pValue").asDouble(), LIBRARY_TOL);
            assertEquals(holm[j], path.get("pAdjusted").asDouble(), LIBRARY_TOL);
        }
        CliRun text = run("estimate", "--data", bankData(), "--model", bankModel(), "--p-adjust", "bonferroni");
        assertTrue(text.out().contains("Adjusted p-values (bonferroni)"), text.out());
        JsonNode none = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json"));
        assertFalse(none.get("paths").get(0).has("pAdjusted"));
    }

    @Test
    void multiGroupTestsNeedGroupsAndBootstrap() throws IOException {
        CliRun noBoot = run("estimate", "--data", bankData(), "--model", bankModel(), "--group", "gender", "--mga");
        assertEquals(2, noBoot.exitCode(), noBoot::toString);
        assertTrue(noBoot.err().contains("--mga") && noBoot.err().contains("--bootstrap"), noBoot::toString);
        CliRun noGroup = run("estimate", "--data", bankData(), "--model", bankModel(), "--bootstrap", "20", "--mga");
        assertEquals(2, noGroup.exitCode(), noGroup::toString);
        JsonNode report = json(run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "json",
                "--bootstrap", "100", "--group", "gender", "--mga"));
        JsonNode tests = report.get("inference").get("groupTests");
        assertEquals(model.paths().size(), tests.size());
        for (JsonNode t : tests) {
            assertEquals("female", t.get("groupA").asText());
            assertEquals(t.get("estimateA").asDouble() - t.get("estimateB").asDouble(), t.get("difference").asDouble(),
                    LIBRARY_TOL);
            for (String p : List.of("henselerP", "parametricP", "welchP")) {
                assertTrue(t.get(p).asDouble() >= 0 && t.get(p).asDouble() <= 1, t::toString);
            }
        }
        CliRun html = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "html",
                "--bootstrap", "30", "--group", "gender", "--mga");
        assertTrue(html.out().contains("Multi-group tests (bootstrap)"), html::toString);
        assertTrue(html.out().contains("Specific indirect effects"), html::toString);
        assertTrue(html.out().contains("HTMT inference"), html::toString);
    }

    @Test
    void compareReportsCvpatOfThePairAsTheLibrary(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8).replace("LOY ~ IMAG + SAT", "LOY ~ SAT");
        Path alt = Files.writeString(dir.resolve("alt.model"), text, StandardCharsets.UTF_8);
        JsonNode report = json(run("compare", "--data", bankData(), "--model", bankModel(), "--model", alt.toString(),
                "--format", "json", "--seed", "5"));
        JsonNode c = report.get("cvpat").get(0);
        CvpatResult expected = new Cvpat(PlsSettings.defaults(), PredictionSettings.defaults().withSeed(5))
                .compare(model, ModelSyntax.parse(text), table);
        assertEquals("ecsi-bank.model", c.get("first").asText());
        assertEquals("alt.model", c.get("second").asText());
        assertEquals(expected.tValue(), c.get("tValue").asDouble(), LIBRARY_TOL);
        assertEquals(expected.pValue(), c.get("pValue").asDouble(), LIBRARY_TOL);
        assertEquals(expected.lossFirst(), c.get("lossFirst").asDouble(), LIBRARY_TOL);
        assertEquals(249, c.get("degreesOfFreedom").asInt());
        assertEquals(22, c.get("indicators").size()); // every indicator but IMAG's
        CliRun txt = run("compare", "--data", bankData(), "--model", bankModel(), "--model", alt.toString());
        assertTrue(txt.out().contains("Cross-validated predictive ability test (CVPAT)"), txt::toString);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
