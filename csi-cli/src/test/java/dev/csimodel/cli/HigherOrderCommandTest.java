package dev.csimodel.cli;

import dev.csimodel.report.SvgFigure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.hierarchy.HigherOrderEstimator;
import dev.csimodel.hierarchy.HigherOrderMethod;
import dev.csimodel.hierarchy.HigherOrderResult;
import dev.csimodel.hierarchy.HigherOrderSettings;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.resource;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code csi estimate} of a model file with a higher-order construct. */
class HigherOrderCommandTest {

    /** The JSON report carries doubles at full precision. */
    static final double SAME = 1e-12;

    static final ObjectMapper JSON = new ObjectMapper();

    static String model() {
        return resource("satisfaction/ecsi-bank-hoc.model");
    }

    static HigherOrderResult library(HigherOrderMethod method) throws IOException {
        PathModel m = ModelSyntax.parse(Files.readString(Path.of(model())));
        DataTable table = CsvDataReader.withDefaults().read(Path.of(bankData()), m.indicators());
        return new HigherOrderEstimator(HigherOrderSettings.defaults().withMethod(method)).estimate(m, table);
    }

    @ParameterizedTest
    @CsvSource({"repeated, REPEATED_INDICATORS", "embedded, EMBEDDED_TWO_STAGE", "disjoint, DISJOINT_TWO_STAGE",
            ", DISJOINT_TWO_STAGE"})
    void jsonHasTheHigherOrderSectionOfTheChosenMethod(String option, HigherOrderMethod method) throws IOException {
        CliRun r = option == null
                ? run("estimate", "--data", bankData(), "--model", model(), "--format", "json")
                : run("estimate", "--data", bankData(), "--model", model(), "--format", "json", "--hoc", option);
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        HigherOrderResult expected = library(method);
        JsonNode hoc = report.get("higherOrder");
        assertEquals(option == null ? "disjoint" : option, hoc.get("method").asText());
        JsonNode qv = hoc.get("constructs").get(0);
        assertEquals("QV", qv.get("name").asText());
        assertEquals("QUAL", qv.get("dimensions").get(0).get("name").asText());
        assertEquals(expected.measurement("QV").loading("QUAL"), qv.get("dimensions").get(0).get("loading").asDouble(), SAME);
        assertEquals(expected.measurement("QV").ave().orElseThrow(), qv.get("ave").asDouble(), SAME);
        assertEquals(method == HigherOrderMethod.REPEATED_INDICATORS, qv.get("rhoA").isNull());
        assertEquals(method == HigherOrderMethod.REPEATED_INDICATORS, hoc.get("firstStage") == null);
        JsonNode path = null;
        for (JsonNode p : report.get("paths")) {
            if (p.get("from").asText().equals("QV") && p.get("to").asText().equals("SAT")) {
                path = p;
            }
        }
        assertEquals(expected.pathCoefficient("QV", "SAT"), path.get("estimate").asDouble(), SAME);
        if (method != HigherOrderMethod.REPEATED_INDICATORS) {
            JsonNode stage1 = hoc.get("firstStage");
            assertTrue(stage1.get("constructs").findValuesAsText("name").contains("QUAL"));
            assertFalse(report.get("constructs").findValuesAsText("name").contains("QUAL"), "stage 2 has no QUAL");
        }
    }

    @Test
    void textAndHtmlShowBothLevels() {
        CliRun text = run("estimate", "--data", bankData(), "--model", model());
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("Higher-order constructs (disjoint two-stage approach): dimensions as indicators"), text.out());
        assertTrue(text.out().contains("=== Stage 1 (disjoint two-stage approach): lower-order constructs ==="), text.out());
        CliRun html = run("estimate", "--data", bankData(), "--model", model(), "--format", "html", "--hoc", "embedded");
        assertEquals(0, html.exitCode(), html::toString);
        assertTrue(html.out().contains("<h2>Higher-order constructs (embedded two-stage approach): reliability and validity</h2>"));
        assertTrue(html.out().contains("<h2>Stage 1 (embedded two-stage approach): lower-order constructs</h2>"));
        org.w3c.dom.Document page = SvgFigure.parse(html.out());
        assertEquals(1, page.getElementsByTagNameNS(SvgFigure.SVG_NS, "svg").getLength(), "one path diagram (stage 2)");
    }

    @Test
    void streamingAndOtherUnsupportedOptionsAreRefusedByName() {
        CliRun streaming = run("estimate", "--data", bankData(), "--model", model(), "--streaming");
        assertEquals(2, streaming.exitCode(), streaming::toString);
        assertTrue(streaming.err().contains("--streaming (the two-stage approaches need the stage-1 scores of every row)"
                + " is not supported for a model with higher-order construct 'QV'"), streaming::toString);
        CliRun boot = run("estimate", "--data", bankData(), "--model", model(), "--bootstrap", "10");
        assertEquals(2, boot.exitCode(), boot::toString);
        assertTrue(boot.err().contains("--bootstrap is not supported for a model with higher-order construct 'QV'"), boot::toString);
        CliRun plsc = run("estimate", "--data", bankData(), "--model", model(), "--consistent");
        assertEquals(2, plsc.exitCode(), plsc::toString);
        assertTrue(plsc.err().contains("--consistent (consistent PLS of a higher-order construct's stages) is not supported"),
                plsc::toString);
        CliRun compare = run("compare", "--data", bankData(), "--model", model(), "--model", CliRun.bankModel());
        assertEquals(2, compare.exitCode(), compare::toString);
        assertTrue(compare.err().contains("construct 'QV' is higher-order, which csi compare does not support"), compare::toString);
        CliRun bad = run("estimate", "--data", bankData(), "--model", model(), "--hoc", "twostage");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("expected repeated, embedded or disjoint but found 'twostage'"), bad::toString);
    }
}
