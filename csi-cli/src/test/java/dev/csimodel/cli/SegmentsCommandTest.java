package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.fimix.FimixEstimator;
import dev.csimodel.segmentation.fimix.FimixResult;
import dev.csimodel.segmentation.fimix.FimixSettings;
import dev.csimodel.segmentation.pos.PosEstimator;
import dev.csimodel.segmentation.pos.PosResult;
import dev.csimodel.segmentation.pos.PosSettings;
import dev.csimodel.segmentation.pos.PosSolution;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code csi segments} reports what FIMIX-PLS computes for the same rows and seed (the method
 * itself is tested in csi-core), writes the memberships, and refuses bad options with exit 2.
 */
class SegmentsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = """
            X1 =~ x1_1 + x1_2 + x1_3
            X2 =~ x2_1 + x2_2 + x2_3
            Y =~ y_1 + y_2 + y_3
            Y ~ X1 + X2
            """;
    private static final List<String> NAMES = List.of("x1_1", "x1_2", "x1_3", "x2_1", "x2_2", "x2_3",
            "y_1", "y_2", "y_3");

    @TempDir
    static Path dir;
    private static Path data;
    private static Path model;
    private static double[][] rows;

    /** Two segments of 300 rows, paths {0.9, 0.1} and {0.1, 0.9}, loadings 0.95; gender = the true segment. */
    @BeforeAll
    static void simulate() throws IOException {
        SplittableRandom random = new SplittableRandom(21);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", NAMES) + ",gender,region");
        rows = new double[600][];
        for (int i = 0; i < 600; i++) {
            double b1 = i < 300 ? 0.9 : 0.1;
            double b2 = i < 300 ? 0.1 : 0.9;
            double x1 = gaussian(random);
            double x2 = gaussian(random);
            double y = b1 * x1 + b2 * x2 + Math.sqrt(1 - b1 * b1 - b2 * b2) * gaussian(random);
            rows[i] = new double[9];
            double[] c = {x1, x2, y};
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < 9; j++) {
                rows[i][j] = 0.95 * c[j / 3] + Math.sqrt(1 - 0.95 * 0.95) * gaussian(random);
                line.append(rows[i][j]).append(',');
            }
            lines.add(line + (i < 300 ? "f" : "m") + "," + (random.nextBoolean() ? "north" : "south"));
        }
        data = dir.resolve("survey.csv");
        Files.write(data, lines);
        model = dir.resolve("sim.model");
        Files.writeString(model, MODEL);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static FimixResult library() {
        return new FimixEstimator(FimixSettings.defaults().withMaxSegments(3).withStarts(3).withSeed(4),
                PlsEstimator.withDefaults()).estimate(ModelSyntax.parse(MODEL), DataTable.ofRows(NAMES, rows));
    }

    @Test
    void jsonReportAndMembershipsEqualTheLibrary() throws IOException {
        Path out = dir.resolve("memberships.csv");
        CliRun run = CliRun.run("segments", "--data", data.toString(), "--model", model.toString(), "--method", "fimix",
                "--max-k", "3", "--starts", "3", "--seed", "4", "--threads", "2", "--explain", "region,gender",
                "--memberships", out.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        FimixResult lib = library();
        assertEquals(3, report.get("criteria").size());
        for (int k = 0; k < 3; k++) {
            RetentionCriteria c = lib.criteria().get(k);
            JsonNode e = report.get("criteria").get(k);
            assertEquals(c.segments(), e.get("k").asInt());
            assertEquals(c.logLikelihood(), e.get("logLikelihood").asDouble(), 0.0);
            assertEquals(c.aic3(), e.get("aic3").asDouble(), 0.0);
            assertEquals(c.caic(), e.get("caic").asDouble(), 0.0);
        }
        assertTrue(report.get("criteria").get(0).get("entropy").isNull(), "EN of K = 1 is absent, not 0");
        assertEquals(lib.suggestedByAic3(), report.get("chosenK").asInt());
        assertEquals(2, lib.suggestedByAic3());
        assertEquals("CAIC", report.get("chosenBy").asText());
        assertEquals(lib.suggestedByCaic(), report.get("alternativeK").asInt());
        JsonNode seg = report.get("segments");
        for (int s = 0; s < 2; s++) {
            assertEquals(lib.requireSolution(2).solution().segmentFit(s).pathCoefficient("X1", "Y"),
                    seg.get(s).get("paths").get(0).get("estimate").asDouble(), 0.0);
            assertEquals("X1", seg.get(s).get("paths").get(0).get("from").asText());
        }
        assertEquals("gender", report.get("explanation").get(0).get("column").asText());
        assertEquals("region", report.get("explanation").get(1).get("column").asText());
        assertEquals(3, report.get("settings").get("starts").asInt());

        List<String> lines = Files.readAllLines(out);
        assertEquals("row,segment,p1,p2", lines.get(0));
        assertEquals(601, lines.size());
        Memberships m = lib.requireSolution(2).memberships();
        for (int i : new int[]{0, 299, 599}) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(i + 1, Integer.parseInt(cells[0]));
            assertEquals(m.segmentOf(i) + 1, Integer.parseInt(cells[1]));
            assertEquals(m.probability(i, 0), Double.parseDouble(cells[2]), 0.0);
            assertEquals(m.probability(i, 1), Double.parseDouble(cells[3]), 0.0);
        }
    }

    @Test
    void textReportSaysWhichCriterionChoseKAndKOverrides() {
        CliRun run = CliRun.run("segments", "--data", data.toString(), "--model", model.toString(), "--max-k", "2",
                "--starts", "2", "--k", "1", "--scale", "-5:5");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("chosen K = 1 (--k); AIC3 suggests"), run.out());
        assertTrue(run.out().contains("AIC3") && run.out().contains("MDL5") && run.out().contains("index"), run.out());
        assertTrue(run.out().contains("Segment 1: 600 rows"), run.out());
    }

    @Test
    void badOptionsExitTwoNamingTheCulprit() throws IOException {
        String before = Files.readString(data);
        assertBad("--method lca: unknown method; accepted: fimix, pos, rebus", "--method", "lca");
        assertBad("--max-k 0", "--max-k", "0");
        assertBad("--memberships " + data, "--memberships", data.toString());
        assertBad("'nosuch'", "--explain", "nosuch");
        assertBad("--k 4", "--max-k", "3", "--k", "4");
        assertBad("--memberships " + model, "--memberships", model.toString());
        assertBad("--explain x1_1", "--explain", "x1_1");
        assertBad("--missing-strategy listwise", "--missing-strategy", "listwise");
        CliRun zero = CliRun.run("segments", "--data", data.toString(), "--model", model.toString(), "--starts", "0");
        assertEquals(2, zero.exitCode(), zero::toString);
        assertTrue(zero.err().contains("--starts 0"), zero::toString);
        assertEquals(before, Files.readString(data), "the data file is left as it was");
        assertEquals(MODEL, Files.readString(model), "the model file is left as it was");
    }

    private static PosResult pos() {
        return new PosEstimator(PosSettings.defaults().withMaxSegments(3).withStarts(2).withSeed(4))
                .estimate(ModelSyntax.parse(MODEL), DataTable.ofRows(NAMES, rows));
    }

    @Test
    void posJsonReportAndMembershipsEqualTheLibrary() throws IOException {
        Path out = dir.resolve("pos-memberships.csv");
        CliRun run = CliRun.run("segments", "--data", data.toString(), "--model", model.toString(), "--method", "pos",
                "--max-k", "3", "--starts", "2", "--seed", "4", "--threads", "2", "--memberships", out.toString(),
                "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        PosResult lib = pos();
        assertEquals("pos", report.get("method").asText());
        assertEquals(3, report.get("criteria").size());
        for (int k = 0; k < 3; k++) {
            PosSolution s = lib.solutions().get(k);
            JsonNode e = report.get("criteria").get(k);
            assertEquals(s.segmentCount(), e.get("k").asInt());
            assertEquals(s.objective(), e.get("objective").asDouble(), 0.0, "the sum of R² PLS-POS maximises");
            assertEquals(s.criteria().logLikelihood(), e.get("logLikelihood").asDouble(), 0.0);
            assertEquals(s.criteria().aic3(), e.get("aic3").asDouble(), 0.0);
            assertEquals(s.criteria().caic(), e.get("caic").asDouble(), 0.0);
            assertEquals(s.iterations(), e.get("iterations").asInt());
            assertEquals(s.converged(), e.get("converged").asBoolean());
            assertEquals(s.segmentSizes().get(0), e.get("sizes").get(0).asInt());
        }
        assertEquals(lib.suggestedByAic3(), report.get("chosenK").asInt());
        assertEquals("AIC3", report.get("chosenBy").asText());
        assertEquals(lib.suggestedByCaic(), report.get("alternativeK").asInt());
        assertTrue(report.get("rebus").isNull(), "no REBUS block for PLS-POS");
        assertEquals(2, report.get("settings").get("starts").asInt());
        assertEquals(lib.minimumSegmentSize(), report.get("settings").get("minimumSegmentSize").asInt());
        PosSolution chosen = lib.requireSolution(lib.suggestedByAic3());
        JsonNode seg = report.get("segments");
        assertEquals(chosen.segmentCount(), seg.size());
        for (int s = 0; s < seg.size(); s++) {
            assertEquals(chosen.pathCoefficient(s, "X2", "Y"), seg.get(s).get("paths").get(1).get("estimate").asDouble(),
                    0.0);
            assertEquals(chosen.segmentSize(s), seg.get(s).get("rows").asInt());
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(601, lines.size());
        Memberships m = chosen.memberships();
        for (int i = 0; i < 600; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(m.segmentOf(i) + 1, Integer.parseInt(cells[1]));
            for (int s = 0; s < m.segmentCount(); s++) {
                assertEquals(m.segmentOf(i) == s ? 1.0 : 0.0, Double.parseDouble(cells[2 + s]), 0.0, lines.get(i + 1));
            }
        }
    }

    @Test
    void posTextShowsTheObjectiveAndBadOptionsExitTwo() {
        CliRun run = CliRun.run("segments", "--data", data.toString(), "--model", model.toString(), "--method", "pos",
                "--max-k", "2", "--starts", "1");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("sum R2") && run.out().contains("AIC3"), run.out());
        assertBad("--consistent does not apply to --method pos", "--method", "pos", "--consistent");
        assertBad("--k 4: must lie between 1 and --max-k 3", "--method", "pos", "--max-k", "3", "--k", "4");
        assertBad("--threads 0", "--method", "pos", "--threads", "0");
    }

    private static void assertBad(String culprit, String... options) {
        List<String> args = new ArrayList<>(List.of("segments", "--data", data.toString(), "--model", model.toString(),
                "--starts", "1"));
        args.addAll(List.of(options));
        CliRun run = CliRun.run(args.toArray(new String[0]));
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(culprit), run::toString);
    }
}
