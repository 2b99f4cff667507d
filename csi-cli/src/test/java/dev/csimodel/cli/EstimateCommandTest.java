package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.models.index.IndexBootstrap;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code csi estimate} on the ECSI bank survey, checked against R plspm 0.5.1. */
class EstimateCommandTest {

    /** plspm's values are printed with 15 significant digits; the engine matches them to 1e-6. */
    private static final double PATH_TOLERANCE = 1e-6;
    private static final double R2_TOLERANCE = 1e-6;
    private static final double LOADING_TOLERANCE = 1e-6;
    /** Sums of a few doubles of size 100: rounding only. */
    private static final double INDEX_TOLERANCE = 1e-9;
    /** The CLI and the library run the same computation; JSON round-trips doubles exactly. */
    private static final double SAME_RUN_TOLERANCE = 1e-12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode estimateJson(String... extra) throws IOException {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"estimate", "--data", bankData(), "--model", bankModel(), "--format=json"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        r.assertOnlyWarningsOf(report);
        return report;
    }

    @Test
    void jsonPathCoefficientsMatchPlspm() throws IOException {
        JsonNode report = estimateJson();
        PlspmReference ref = PlspmReference.load("plspm_sat_path_paths.csv");
        JsonNode paths = report.get("paths");
        assertEquals(10, paths.size());
        int checked = 0;
        for (String to : ref.rowNames()) {
            for (String from : ref.header().subList(1, ref.header().size())) {
                double expected = ref.value(to, from);
                JsonNode p = find(paths, from, to);
                if (expected == 0.0) {
                    assertTrue(p == null, () -> "unexpected path " + from + " -> " + to);
                } else {
                    assertEquals(expected, p.get("estimate").asDouble(), PATH_TOLERANCE, from + " -> " + to);
                    checked++;
                }
            }
        }
        assertEquals(10, checked);
    }

    @Test
    void jsonConstructsAndIndicatorsMatchPlspm() throws IOException {
        JsonNode report = estimateJson();
        assertEquals(250, report.get("observations").asInt());
        assertTrue(report.get("converged").asBoolean());
        assertEquals(5, report.get("iterations").asInt());
        PlspmReference inner = PlspmReference.load("plspm_sat_path_inner_summary.csv");
        for (JsonNode c : report.get("constructs")) {
            String name = c.get("name").asText();
            if (name.equals("IMAG")) {
                assertTrue(c.get("r2").isNull(), "R2 of an exogenous construct is undefined");
            } else {
                assertEquals(inner.value(name, "R2"), c.get("r2").asDouble(), R2_TOLERANCE, name);
            }
            assertEquals(inner.value(name, "AVE"), c.get("ave").asDouble(), R2_TOLERANCE, name);
            assertFalse(c.has("index"), "no index without a scale");
        }
        PlspmReference outer = PlspmReference.load("plspm_sat_path_outer.csv");
        assertEquals(27, report.get("indicators").size());
        for (JsonNode i : report.get("indicators")) {
            String name = i.get("name").asText();
            assertEquals(outer.value(name, "weight"), i.get("weight").asDouble(), LOADING_TOLERANCE, name);
            assertEquals(outer.value(name, "loading"), i.get("loading").asDouble(), LOADING_TOLERANCE, name);
        }
        // GoF 0.6066498 from the shared data README (plspm, path scheme)
        assertEquals(0.6066498, report.get("gof").asDouble(), 1e-7);
    }

    @Test
    void jsonHasTheDocumentedTopLevelFields() throws IOException {
        JsonNode report = estimateJson();
        Set<String> fields = new HashSet<>();
        report.fieldNames().forEachRemaining(fields::add);
        // "inference" is optional: present because the bank model has mediated routes (specific indirect effects)
        assertEquals(Set.of("settings", "observations", "converged", "iterations", "constructs", "indicators",
                "paths", "effects", "htmt", "gof", "srmr", "fit", "diagnostics", "inference"), fields);
        assertEquals("path", report.get("settings").get("scheme").asText());
        // 6 constructs: 6·5/2 = 15 HTMT pairs
        assertEquals(15, report.get("htmt").size());
        assertEquals("absolute", report.get("settings").get("htmtCorrelations").asText());
        JsonNode expeQual = null;
        for (JsonNode h : report.get("htmt")) {
            if (h.get("a").asText().equals("EXPE") && h.get("b").asText().equals("QUAL")) {
                expeQual = h;
            }
        }
        // cSEM 0.6.1 (csem_sat_htmt2.csv): HTMT2(EXPE, QUAL) = 0.964842004135196
        assertEquals(0.964842004135196, expeQual.get("htmt2").asDouble(), 1e-6);
        JsonNode imagSat = find(report.get("effects"), "IMAG", "SAT");
        assertEquals(imagSat.get("direct").asDouble() + imagSat.get("indirect").asDouble(),
                imagSat.get("total").asDouble(), 1e-12);
    }

    @Test
    void consistentPlsMatchesSeminr() throws IOException {
        JsonNode report = estimateJson("--consistent");
        assertTrue(report.get("settings").get("consistent").asBoolean());
        PlspmReference ref = PlspmReference.load("seminr_sat_plsc_paths.csv");
        int checked = 0;
        for (String to : ref.header().subList(1, ref.header().size())) {
            assertEquals(ref.value("R^2", to), find(report.get("constructs"), to).get("r2").asDouble(), PATH_TOLERANCE, to);
            for (String from : ref.rowNames().subList(2, ref.rowNames().size())) {
                JsonNode p = find(report.get("paths"), from, to);
                if (p != null) {
                    assertEquals(ref.value(from, to), p.get("estimate").asDouble(), PATH_TOLERANCE, from + " -> " + to);
                    checked++;
                }
            }
        }
        assertEquals(10, checked);
        assertEquals("common factor", report.get("constructs").get(0).get("type").asText());
        // seminr's PLSc paths EXPE -> VAL = -1.74, QUAL -> VAL = 2.59, VAL -> SAT = 1.29: beyond ±1
        assertEquals(3, report.get("diagnostics").size());
        assertEquals("PATH_BEYOND_ONE", report.get("diagnostics").get(0).get("kind").asText());
    }

    @Test
    void modelFitIsReported() throws IOException {
        JsonNode report = estimateJson();
        JsonNode fit = report.get("fit");
        assertEquals(report.get("srmr").asDouble(), fit.get("srmrSaturated").asDouble());
        assertTrue(fit.get("srmrSaturated").asDouble() > 0 && fit.get("srmrSaturated").asDouble() < 0.2, fit::toString);
        assertTrue(report.get("diagnostics").isEmpty());
    }

    @Test
    void centroidSchemeIsPassedOn() throws IOException {
        JsonNode report = estimateJson("--scheme", "centroid");
        assertEquals("centroid", report.get("settings").get("scheme").asText());
        // GoF 0.6067154 from the shared data README (plspm, centroid scheme)
        assertEquals(0.6067154, report.get("gof").asDouble(), 1e-7);
    }

    @Test
    void groupGivesOneSegmentPerLabel() throws IOException {
        JsonNode report = estimateJson("--group", "gender");
        JsonNode segments = report.get("segments");
        assertEquals(2, segments.size());
        assertEquals("male", segments.get(0).get("group").asText());
        int total = segments.get(0).get("report").get("observations").asInt()
                + segments.get(1).get("report").get("observations").asInt();
        assertEquals(250, total);
        assertEquals(segments.get(0).get("rows").asInt(), segments.get(0).get("report").get("observations").asInt());
        assertFalse(segments.get(0).has("skipped"));
    }

    @Test
    void pooledSegmentIndicesAverageToTheWholeSampleIndex() throws IOException {
        JsonNode report = estimateJson("--group", "gender", "--scale", "0:10", "--segment-weights", "pooled");
        assertEquals("pooled", report.get("settings").get("segmentWeights").asText());
        // with the same weights the index is linear in the item means, so the row-weighted mean
        // of the segment indices is the whole-sample index: (n_m·I_m + n_f·I_f) / n = I
        for (int k = 0; k < 6; k++) {
            double whole = report.get("constructs").get(k).get("index").asDouble();
            double weighted = 0;
            for (JsonNode seg : report.get("segments")) {
                weighted += seg.get("rows").asInt() * seg.get("report").get("constructs").get(k).get("index").asDouble();
            }
            assertEquals(whole, weighted / 250, INDEX_TOLERANCE, report.get("constructs").get(k).get("name").asText());
        }
        JsonNode separate = estimateJson("--group", "gender", "--scale", "0:10");
        assertEquals("separate", separate.get("settings").get("segmentWeights").asText());
        double pooledSat = report.get("segments").get(0).get("report").get("constructs").get(4).get("index").asDouble();
        double ownSat = separate.get("segments").get(0).get("report").get("constructs").get(4).get("index").asDouble();
        assertNotEquals(pooledSat, ownSat, "the segment's own weights differ from the pooled ones");
    }

    @Test
    void aGroupTooSmallToEstimateIsSkippedWithItsReason(@TempDir Path dir) throws IOException {
        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        lines.set(0, lines.get(0) + ",region");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (i <= 2 ? ",tiny" : ",large"));
        }
        Path data = dir.resolve("regions.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json",
                "--group", "region");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode segments = JSON.readTree(r.out()).get("segments");
        JsonNode tiny = segments.get(0);
        assertEquals("tiny", tiny.get("group").asText());
        assertEquals(2, tiny.get("rows").asInt());
        assertTrue(tiny.get("report").isNull());
        // the first two respondents both answered expe1 = 9: zero variance, named in the reason
        assertTrue(tiny.get("skipped").asText().contains("'expe1'"), tiny::toString);
        assertEquals(248, segments.get(1).get("report").get("observations").asInt());
        CliRun text = run("estimate", "--data", data.toString(), "--model", bankModel(), "--group", "region");
        assertTrue(text.out().contains("Segment region = tiny (2 rows): skipped"), text::toString);
    }

    @Test
    void modeBBlockShowsNotApplicableUnflagged(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("modeb.model");
        Files.writeString(model, Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8)
                .replace("IMAG =~", "IMAG <~"), StandardCharsets.UTF_8);
        CliRun r = run("estimate", "--data", bankData(), "--model", model.toString());
        assertEquals(0, r.exitCode(), r::toString);
        // reliability row of the formative IMAG: alpha, rhoC, rhoA, DG rho, AVE all shown as the
        // report's not-applicable mark, none flagged with "!"
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*IMAG(\\s+n/a){5}\\s*")), r::toString);
        assertTrue(r.out().lines().noneMatch(l -> l.matches("\\s*IMAG\\s+EXPE\\s+\\d.*")), "no HTMT for IMAG");
        JsonNode json = new ObjectMapper().readTree(run("estimate", "--data", bankData(), "--model", model.toString(),
                "--format=json").out());
        for (JsonNode c : json.get("constructs")) {
            if (c.get("name").asText().equals("IMAG")) {
                assertTrue(c.get("rhoA").isNull() && c.get("ave").isNull(), c::toString);
            }
        }
    }

    @Test
    void textReportHasTheUsualTables() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel());
        assertEquals(0, r.exitCode(), r::toString);
        for (String heading : new String[] {"Path coefficients", "Reliability and convergent validity", "Indicators",
                "Discriminant validity (HTMT)", "Effects", "GoF"}) {
            assertTrue(r.out().contains(heading), heading);
        }
        // VAL -> SAT: estimate 0.580, t = 9.71 in plspm's inner model table, p < 0.001
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*VAL\\s+->\\s+SAT\\s+0\\.580\\s.*<0\\.001\\s+\\*\\*\\*.*")), r::toString);
        // EXPE -> QUAL HTMT is 0.98 on this data: marked !!
        // ... and its HTMT2 (geometric means) is cSEM's 0.964842
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*EXPE\\s+QUAL\\s+0\\.98\\d !!\\s+0\\.965")), r::toString);
        assertTrue(r.out().contains("HTMT from absolute indicator correlations"), r::toString);
        // imag4 loads 0.635 < 0.708: marked
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s*IMAG\\s+imag4\\s+\\S+\\s+0\\.635 !.*")), r::toString);
    }

    @Test
    void outputFileAndHtmlFormat(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--format", "html", "--output", html.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.out());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<td class=\"num flag\">0.982 !!</td>"), page);
    }

    @Test
    void tabSeparatedDataGiveTheSameEstimate(@TempDir Path dir) throws IOException {
        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        Path tsv = dir.resolve("bank.tsv");
        Files.write(tsv, lines.stream().map(l -> l.replace(',', '\t')).toList(), StandardCharsets.UTF_8);
        CliRun r = run("estimate", "--data", tsv.toString(), "--model", bankModel(), "--format", "json", "--delimiter", "tab");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(estimateJson().get("paths"), JSON.readTree(r.out()).get("paths"));
        CliRun bad = run("estimate", "--data", tsv.toString(), "--model", bankModel(), "--delimiter", "::");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("'::'"), bad::toString);
    }

    @Test
    void listwiseDeletionDropsIncompleteRows(@TempDir Path dir) throws IOException {
        Path data = withMissingCell(dir);
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json",
                "--missing", "NA", "--missing-strategy", "listwise");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(249, JSON.readTree(r.out()).get("observations").asInt());
    }

    @Test
    void meanReplacementKeepsEveryRowAndReportsTheMissingValue(@TempDir Path dir) throws IOException {
        Path data = withMissingCell(dir);
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json",
                "--missing", "NA", "--missing-strategy", "mean");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode report = JSON.readTree(r.out());
        assertEquals(250, report.get("observations").asInt());
        JsonNode missing = report.get("missingData");
        assertEquals("mean", missing.get("strategy").asText());
        assertEquals(1, missing.get("missing").asInt());
        assertEquals(249, missing.get("completeRows").asInt());
    }

    @Test
    void unitWeightsGiveTheUnweightedEstimate(@TempDir Path dir) throws IOException {
        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        lines.set(0, lines.get(0) + ",w");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",1");
        }
        Path data = dir.resolve("weighted.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json", "--weights", "w");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode weighted = JSON.readTree(r.out());
        assertEquals("w", weighted.get("settings").get("weights").asText());
        JsonNode plain = estimateJson();
        for (int k = 0; k < 10; k++) {
            assertEquals(plain.get("paths").get(k).get("estimate").asDouble(),
                    weighted.get("paths").get(k).get("estimate").asDouble(), 1e-12);
        }
    }

    @Test
    void expansionWeightsKeepTheRowCountUnlessFrequencyIsAsked(@TempDir Path dir) throws IOException {
        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        lines.set(0, lines.get(0) + ",w");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",4000");
        }
        Path data = dir.resolve("expansion.csv");
        Files.write(data, lines, StandardCharsets.UTF_8);
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json", "--weights", "w");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode sampling = JSON.readTree(r.out());
        JsonNode plain = estimateJson();
        assertEquals(250, sampling.get("observations").asLong());
        for (int k = 0; k < 10; k++) {
            for (String f : new String[]{"estimate", "stdError", "pValue"}) {
                assertEquals(plain.get("paths").get(k).get(f).asDouble(),
                        sampling.get("paths").get(k).get(f).asDouble(), 1e-12, f);
            }
        }
        CliRun f = run("estimate", "--data", data.toString(), "--model", bankModel(), "--format", "json",
                "--weights", "w", "--weights-kind", "frequency");
        assertEquals(0, f.exitCode(), f::toString);
        assertEquals(1_000_000, JSON.readTree(f.out()).get("observations").asLong());
    }

    @Test
    void bootstrapIsSeededAndIndependentOfTheThreadCount() throws IOException {
        JsonNode one = estimateJson("--bootstrap", "200", "--seed", "42", "--threads", "1");
        JsonNode two = estimateJson("--bootstrap", "200", "--seed", "42", "--threads", "2");
        assertEquals(one.get("paths"), two.get("paths"));
        assertEquals(200, one.get("bootstrap").get("used").asInt());
        assertEquals(200, one.get("settings").get("bootstrap").asInt());
        assertEquals("percentile", one.get("settings").get("interval").asText());
        for (JsonNode p : one.get("paths")) {
            assertTrue(p.get("bootStdError").asDouble() > 0, p::toString);
            assertTrue(p.get("ciLower").asDouble() < p.get("ciUpper").asDouble(), p::toString);
            assertEquals(p.get("estimate").asDouble() / p.get("bootStdError").asDouble(), p.get("bootTValue").asDouble(), 1e-9);
        }
        JsonNode other = estimateJson("--bootstrap", "200", "--seed", "43");
        assertNotEquals(one.get("paths").get(0).get("bootStdError").asDouble(),
                other.get("paths").get(0).get("bootStdError").asDouble());
    }

    /**
     * With --scale the bootstrap also gives each 0-100 index an SE and interval; they must equal
     * the library's IndexBootstrap with the same settings (seed 42, 200 resamples, percentile),
     * since the resample streams depend on the seed alone.
     */
    @Test
    void bootstrapWithScaleAddsIndexIntervals() throws IOException {
        JsonNode report = estimateJson("--bootstrap", "200", "--seed", "42", "--scale", "0:10", "--threads", "2");
        PathModel model = ModelSyntax.parse(Files.readString(Path.of(bankModel()), StandardCharsets.UTF_8));
        DataTable data = CsvDataReader.withDefaults().read(Path.of(bankData()), model.indicators());
        BootstrapResult lib = IndexBootstrap.run(PlsEstimator.withDefaults(), BootstrapSettings.defaults()
                .withResamples(200).withSeed(42).withThreads(1).withIntervals(IntervalMethod.PERCENTILE),
                model, data, IndicatorScales.uniform(Scale.ZERO_TO_TEN));
        for (JsonNode c : report.get("constructs")) {
            String name = c.get("name").asText();
            double index = c.get("index").asDouble();
            assertTrue(c.get("indexCiLower").asDouble() < index && index < c.get("indexCiUpper").asDouble(), c::toString);
            BootstrapEstimate e = IndexBootstrap.index(lib, name);
            assertEquals(e.original(), index, SAME_RUN_TOLERANCE, name);
            assertEquals(e.stdError(), c.get("indexStdError").asDouble(), SAME_RUN_TOLERANCE, name);
            assertEquals(e.percentile().lower(), c.get("indexCiLower").asDouble(), SAME_RUN_TOLERANCE, name);
            assertEquals(e.percentile().upper(), c.get("indexCiUpper").asDouble(), SAME_RUN_TOLERANCE, name);
        }
        JsonNode noBoot = estimateJson("--scale", "0:10");
        assertFalse(noBoot.get("constructs").get(0).has("indexStdError"), "no index SE without --bootstrap");
        CliRun text = run("estimate", "--data", bankData(), "--model", bankModel(), "--bootstrap", "50",
                "--scale", "0:10");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("SE and the 95% percentile interval from 50 of 50 requested bootstrap resamples (0 failed"), text::toString);
    }

    @Test
    void bootstrapTextShowsIntervals() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--bootstrap", "100", "--ci", "basic");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.err(), "no progress bar without a terminal");
        assertTrue(r.out().contains("CI low") && r.out().contains("95% basic interval from 100 of 100 requested bootstrap resamples (0 failed"), r::toString);
    }

    @Test
    void missingValuesWithoutStrategyAreNamed(@TempDir Path dir) throws IOException {
        Path data = withMissingCell(dir);
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel(), "--missing", "NA");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("column 'sat2'") && r.err().contains("data row 3"), r::toString);
    }

    /** The bank data with sat2 of the third respondent replaced by NA. */
    private static Path withMissingCell(Path dir) throws IOException {
        var lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        String[] cells = lines.get(3).split(",", -1);
        cells[20] = "NA"; // column 21 is sat2 (imag1-5, expe1-5, qual1-5, val1-4, sat1, sat2)
        lines.set(3, String.join(",", cells));
        Path out = dir.resolve("missing.csv");
        Files.write(out, lines, StandardCharsets.UTF_8);
        return out;
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.get("name").asText().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode find(JsonNode array, String from, String to) {
        for (JsonNode n : array) {
            if (n.get("from").asText().equals(from) && n.get("to").asText().equals(to)) {
                return n;
            }
        }
        return null;
    }
}
