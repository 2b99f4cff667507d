package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.fimix.LabelAgreement;
import dev.csimodel.segmentation.fimix.ObservedLabels;
import dev.csimodel.segmentation.fimix.SegmentExplanation;
import dev.csimodel.segmentation.rebus.RebusEstimator;
import dev.csimodel.segmentation.rebus.RebusResult;
import dev.csimodel.segmentation.rebus.RebusSettings;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi segments --method rebus} on the ECSI bank data reports what REBUS-PLS computes for
 * the same rows (the method itself, and its agreement with plspm, is tested in csi-core), writes
 * hard memberships, and refuses the options that do not apply to it, by name, with exit 2.
 */
class SegmentsRebusCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static PathModel model;
    private static DataTable table;

    @BeforeAll
    static void load() {
        model = ModelFile.read(Path.of(CliRun.bankModel()));
        table = CsvDataReader.withDefaults().read(Path.of(CliRun.bankData()), model.indicators());
    }

    private static RebusResult library(int k) {
        return RebusEstimator.estimate(model, table, RebusSettings.defaults().withSegments(k));
    }

    private static CliRun rebus(String... options) {
        List<String> args = new ArrayList<>(List.of("segments", "--data", CliRun.bankData(), "--model",
                CliRun.bankModel(), "--method", "rebus"));
        args.addAll(List.of(options));
        return CliRun.run(args.toArray(new String[0]));
    }

    @Test
    void jsonReportEqualsTheLibrary() throws IOException {
        Path out = dir.resolve("rebus-memberships.csv");
        CliRun run = rebus("--k", "2", "--explain", "gender", "--memberships", out.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        RebusResult lib = library(2);
        assertEquals("rebus", report.get("method").asText());
        assertEquals(250, report.get("observations").asInt());
        assertEquals(2, report.get("chosenK").asInt());
        assertEquals("--k", report.get("chosenBy").asText());
        assertTrue(report.get("suggestedK").isNull(), "REBUS suggests no K");
        assertTrue(report.get("alternativeK").isNull());

        JsonNode criteria = report.get("criteria");
        assertEquals(1, criteria.size(), "REBUS solves the one K asked for");
        JsonNode e = criteria.get(0);
        assertEquals(2, e.get("k").asInt());
        for (String absent : List.of("logLikelihood", "parameters", "aic3", "caic", "entropy", "objective")) {
            assertTrue(e.get(absent).isNull(), absent + " does not apply to REBUS: " + e);
        }
        assertEquals(lib.iterations(), e.get("iterations").asInt());
        assertEquals(lib.converged(), e.get("converged").asBoolean());
        Memberships m = lib.memberships();
        assertEquals(m.rowsOf(0).length, e.get("sizes").get(0).asInt());
        assertEquals(m.rowsOf(1).length, e.get("sizes").get(1).asInt());

        JsonNode rebus = report.get("rebus");
        assertEquals(lib.groupQuality(), rebus.get("groupQuality").asDouble(), 0.0);
        assertEquals(lib.globalGroupQuality(), rebus.get("globalGroupQuality").asDouble(), 0.0);
        // the global GQI is plspm 0.5.1's GoF of the bank model (path scheme), /work/shared/data/README.md
        assertEquals(0.6066498, rebus.get("globalGroupQuality").asDouble(), 5e-8);
        assertEquals(lib.finalChangeShare(), rebus.get("finalChangeShare").asDouble(), 0.0);
        assertEquals(lib.initial().rowsOf(0).length, rebus.get("initialSizes").get(0).asInt());
        assertMergeHeights(rebus.get("mergeHeights"), lib.clustering().heights(), 10);

        assertEquals(2, report.get("settings").get("segments").asInt());
        assertEquals(0.005, report.get("settings").get("stopCriterion").asDouble(), 0.0);
        assertSegmentsEqual(report.get("segments"), lib);

        LabelAgreement gender = SegmentExplanation.rank(m, List.of(new ObservedLabels("gender", genders()))).get(0);
        JsonNode label = report.get("explanation").get(0);
        assertEquals("gender", label.get("column").asText());
        assertEquals(gender.chiSquare(), label.get("chiSquare").asDouble(), 0.0);
        assertEquals(gender.adjustedRand().getAsDouble(), label.get("adjustedRand").asDouble(), 0.0);

        assertHardMemberships(Files.readAllLines(out), m);
    }

    /** merge heights: K = 2..count+1, the height of the merge that joins K classes into K − 1 */
    private static void assertMergeHeights(JsonNode merges, double[] heights, int count) {
        assertEquals(count, merges.size());
        int n = heights.length + 1;
        for (int j = 0; j < count; j++) {
            int k = j + 2;
            assertEquals(k, merges.get(j).get("segments").asInt());
            assertEquals(heights[n - k], merges.get(j).get("height").asDouble(), 0.0);
        }
        assertEquals(heights[heights.length - 1], merges.get(0).get("height").asDouble(), 0.0, "K = 2: the last merge");
    }

    private static void assertSegmentsEqual(JsonNode segments, RebusResult lib) {
        assertEquals(lib.settings().segments(), segments.size());
        for (int s = 0; s < segments.size(); s++) {
            PlsResult fit = lib.segmentFit(s);
            JsonNode seg = segments.get(s);
            assertEquals(lib.memberships().rowsOf(s).length, seg.get("rows").asInt());
            List<StructuralPath> paths = model.paths();
            assertEquals(paths.size(), seg.get("paths").size());
            for (int p = 0; p < paths.size(); p++) {
                JsonNode path = seg.get("paths").get(p);
                assertEquals(paths.get(p).from(), path.get("from").asText());
                assertEquals(fit.pathCoefficient(paths.get(p).from(), paths.get(p).to()),
                        path.get("estimate").asDouble(), 0.0);
            }
        }
    }

    /** header row,segment,p1,p2; one line per data row; probabilities exactly 1 and 0 */
    private static void assertHardMemberships(List<String> lines, Memberships m) {
        assertEquals("row,segment,p1,p2", lines.get(0));
        assertEquals(251, lines.size());
        for (int i = 0; i < 250; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(i + 1, Integer.parseInt(cells[0]));
            int segment = m.segmentOf(i) + 1;
            assertEquals(segment, Integer.parseInt(cells[1]));
            assertEquals(segment == 1 ? 1.0 : 0.0, Double.parseDouble(cells[2]), 0.0, lines.get(i + 1));
            assertEquals(segment == 2 ? 1.0 : 0.0, Double.parseDouble(cells[3]), 0.0, lines.get(i + 1));
        }
    }

    private static List<String> genders() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(CliRun.bankData()));
        return lines.subList(1, lines.size()).stream()
                .map(l -> l.substring(l.lastIndexOf(',') + 1).replace("\"", "")).toList();
    }

    @Test
    void withoutKTheDefaultTwoIsSolvedAndTheTextSaysHowToChoose() {
        CliRun run = rebus();
        assertEquals(0, run.exitCode(), run::toString);
        String text = run.out();
        assertTrue(text.contains("Latent segments (rebus)"), text);
        assertTrue(text.contains("chosen K = 2 (default; rebus does not choose K: see the merge heights, then --k)"),
                text);
        RebusResult lib = library(2);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "GQI %.4f (global model %.4f)",
                lib.groupQuality(), lib.globalGroupQuality())), text);
        assertTrue(text.contains("Last merges of the residual dendrogram"), text);
        assertTrue(text.contains("then run again with --k K"), text);
        assertFalse(text.contains("AIC3"), "no likelihood columns for REBUS: " + text);
        assertTrue(text.contains("Segment 2: " + lib.memberships().rowsOf(1).length + " rows"), text);
    }

    @Test
    void threeSegmentsEqualTheLibrary() throws IOException {
        CliRun run = rebus("--k", "3", "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        RebusResult lib = library(3);
        assertEquals(3, report.get("chosenK").asInt());
        assertEquals(lib.groupQuality(), report.get("rebus").get("groupQuality").asDouble(), 0.0);
        assertEquals(lib.iterations(), report.get("criteria").get(0).get("iterations").asInt());
        assertSegmentsEqual(report.get("segments"), lib);
    }

    @Test
    void optionsThatDoNotApplyAndBadInputsExitTwoNamingTheCulprit() throws IOException {
        assertBad(rebus("--k", "1"), "--k 1: REBUS needs at least 2 segments");
        assertBad(rebus("--k", "0"), "--k 0: REBUS needs at least 2 segments");
        assertBad(rebus("--starts", "3"), "--starts does not apply to --method rebus");
        assertBad(rebus("--max-k", "4"), "--max-k does not apply to --method rebus");
        assertBad(rebus("--threads", "2"), "--threads does not apply to --method rebus");
        assertBad(rebus("--seed", "7"), "--seed does not apply to --method rebus");
        assertBad(rebus("--consistent"), "--consistent does not apply to --method rebus");
        // the fourth class cut from the bank dendrogram has 5 rows, below plspm's limit of 6
        assertBad(rebus("--k", "4"), "REBUS segment 4 has 5 unit(s)");
        assertBad(rebus("--k", "251"), "251 segments from 250 rows");

        String modeB = Files.readString(Path.of(CliRun.bankModel())).replace("SAT =~", "SAT <~");
        Path composite = dir.resolve("bank-mode-b.model");
        Files.writeString(composite, modeB);
        assertBad(CliRun.run("segments", "--data", CliRun.bankData(), "--model", composite.toString(), "--method",
                "rebus"), "not Mode A: SAT (Mode B)");
        assertBad(CliRun.run("segments", "--data", CliRun.bankData(), "--model", CliRun.bankModel(), "--method",
                "lca"), "--method lca: unknown method; accepted: fimix, pos, rebus");
        assertEquals(modeB, Files.readString(composite), "the model file is left as it was");
    }

    private static void assertBad(CliRun run, String culprit) {
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(culprit), run::toString);
    }

    /** --scheme reaches REBUS's global and local models */
    @Test
    void theSchemeOptionReachesRebus() throws IOException {
        CliRun run = rebus("--scheme", "centroid", "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        RebusResult lib = RebusEstimator.estimate(model, table, RebusSettings.defaults()
                .withEstimation(PlsSettings.defaults().withScheme(dev.csimodel.estimate.InnerScheme.CENTROID)));
        assertEquals(lib.groupQuality(), report.get("rebus").get("groupQuality").asDouble(), 0.0);
        assertEquals("CENTROID", report.get("settings").get("estimation").get("scheme").asText());
    }
}
