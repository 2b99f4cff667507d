package dev.csimodel.cli;

import dev.csimodel.report.TableText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static dev.csimodel.report.TableText.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table formats of the other commands that share the report: segments, csi model, csi compare. */
class TableFormatsCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ECSI_MAP = "IMAG=imag1,imag2,imag3,imag4,imag5;EXPE=expe1,expe2,expe3,expe4,expe5;"
            + "QUAL=qual1,qual2,qual3,qual4,qual5;VAL=val1,val2,val3,val4;SAT=sat1,sat2,sat3,sat4;LOY=loy1,loy2,loy3,loy4";

    @TempDir
    Path dir;

    private static JsonNode json(String... args) throws IOException {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), r::toString);
        return MAPPER.readTree(r.out());
    }

    @Test
    void eachSegmentHasItsOwnTablesAfterTheWholeSample() throws IOException {
        JsonNode report = json("demo", "--by-gender", "--format", "json");
        CliRun r = run("demo", "--by-gender", "--format", "markdown");
        assertEquals(0, r.exitCode(), r::toString);
        Map<String, TableText.Parsed> tables = TableText.markdown(r.out());
        JsonNode segments = report.get("segments");
        assertTrue(segments.size() >= 2, report::toString);
        for (int k = 0; k < segments.size(); k++) {
            JsonNode seg = segments.get(k);
            String caption = "Group " + report.get("settings").get("group").asText() + " = " + seg.get("group").asText()
                    + ": Path coefficients";
            List<List<String>> rows = tables.get(caption).rows();
            JsonNode paths = seg.get("report").get("paths");
            assertEquals(paths.size(), rows.size(), caption);
            for (int i = 0; i < paths.size(); i++) {
                assertEquals(shown(paths.get(i).get("estimate"), 3), rows.get(i).get(2), caption + " row " + i);
            }
            assertTrue(r.out().contains("g" + (k + 1) + ": Group "), "the preamble names the prefix");
        }
        // the whole sample first
        assertEquals("Path coefficients", tables.keySet().iterator().next());
    }

    @Test
    void csiModelWritesItsTablesToXlsx() throws IOException {
        JsonNode report = json("model", "ecsi", "--data", bankData(), "--map", ECSI_MAP, "--format", "json");
        Path out = dir.resolve("ecsi.xlsx");
        CliRun r = run("model", "ecsi", "--data", bankData(), "--map", ECSI_MAP, "--format", "xlsx",
                "--output", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            Sheet reliability = wb.getSheets().filter(s -> s.getName().equals("reliability")).findFirst().orElseThrow();
            List<Row> rows = reliability.read();
            JsonNode constructs = report.get("constructs");
            for (int i = 0; i < constructs.size(); i++) {
                Row row = rows.get(i + 2);
                assertEquals(constructs.get(i).get("name").asText(), row.getCellText(0));
                assertEquals(constructs.get(i).get("rhoA").asDouble(), row.getCellAsNumber(3).orElseThrow().doubleValue(), 0.0);
                assertEquals(constructs.get(i).get("ave").asDouble(), row.getCellAsNumber(4).orElseThrow().doubleValue(), 0.0);
            }
        }
    }

    @Test
    void compareWritesTheComparisonAsCsv() throws IOException {
        Path second = dir.resolve("no-imag-loy.model");
        Files.writeString(second, Files.readString(Path.of(bankModel())).replace("LOY ~ IMAG + SAT", "LOY ~ SAT"));
        assertTrue(Files.readString(second).contains("LOY ~ SAT\n"), "a different second model");
        String[] args = {"compare", "--data", bankData(), "--model", bankModel(), "--model", second.toString()};
        JsonNode report = json(concat(args, "--format", "json"));
        Path out = dir.resolve("cmp");
        CliRun r = run(concat(args, "--format", "csv", "--output", out.toString()));
        assertEquals(0, r.exitCode(), r::toString);
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(out.resolve("comparison.csv"))) {
            rows = CSVFormat.RFC4180.parse(in).getRecords();
        }
        assertEquals(List.of("criterion", "ecsi-bank.model", "no-imag-loy.model"), rows.get(0).toList());
        CSVRecord gof = rows.stream().filter(x -> x.get(0).equals("GoF")).findFirst().orElseThrow();
        for (int m = 0; m < 2; m++) {
            assertEquals(report.get("models").get(m).get("gof").asDouble(), Double.parseDouble(gof.get(m + 1)), 0.0);
        }
        assertEquals(report.has("cvpat"), Files.exists(out.resolve("cvpat.csv")));
    }

    @Test
    void missingValuesDiagnosticsAndGroupTestsHaveTheirTables() throws IOException {
        String[] corp = {"estimate", "--data", CliRun.resource("spss/corp_rep_data.csv"), "--model",
                CliRun.resource("formats/corp-rep-formative.model"), "--missing", "-99", "--missing-strategy", "mean"};
        JsonNode report = json(concat(corp, "--format", "json"));
        CliRun r = run(concat(corp, "--format", "markdown"));
        assertEquals(0, r.exitCode(), r::toString);
        Map<String, TableText.Parsed> tables = TableText.markdown(r.out());
        JsonNode missing = report.get("missingData").get("indicators");
        List<List<String>> rows = tables.get("Missing values (mean)").rows();
        assertEquals(missing.size(), rows.size());
        for (int i = 0; i < missing.size(); i++) {
            JsonNode m = missing.get(i);
            assertEquals(List.of(m.get("name").asText(), m.get("missing").asText(), shown(m.get("replacement"), 3)),
                    List.of(rows.get(i).get(0), rows.get(i).get(1), rows.get(i).get(3)));
        }
        JsonNode diagnostics = report.get("diagnostics");
        List<List<String>> found = tables.get("Diagnostics").rows();
        assertEquals(diagnostics.size(), found.size());
        assertEquals(diagnostics.get(0).get("kind").asText(), found.get(0).get(1));
        assertEquals(diagnostics.get(0).get("message").asText(), found.get(0).get(2));

        String[] mga = {"estimate", "--data", bankData(), "--model", bankModel(), "--group", "gender", "--mga",
                "--bootstrap", "20", "--seed", "5"};
        JsonNode groups = json(concat(mga, "--format", "json")).get("inference").get("groupTests");
        CliRun m = run(concat(mga, "--format", "latex"));
        assertEquals(0, m.exitCode(), m::toString);
        List<List<String>> tests = TableText.latex(m.out()).get("Multi-group tests (bootstrap)").rows();
        assertEquals(groups.size(), tests.size());
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            assertEquals(List.of(g.get("from").asText(), g.get("to").asText(), shown(g.get("difference"), 3),
                    TableText.shownP(g.get("henselerP")), shown(g.get("welchDf"), 1)),
                    List.of(tests.get(i).get(2), tests.get(i).get(3), tests.get(i).get(6), tests.get(i).get(7),
                            tests.get(i).get(11)));
        }
    }

    @Test
    void higherOrderAndInteractionTablesCarryTheJsonNumbers() throws IOException {
        String[] hoc = {"estimate", "--data", bankData(), "--model", CliRun.resource("satisfaction/ecsi-bank-hoc.model")};
        JsonNode h = json(concat(hoc, "--format", "json")).get("higherOrder");
        CliRun r = run(concat(hoc, "--format", "markdown"));
        assertEquals(0, r.exitCode(), r::toString);
        Map<String, TableText.Parsed> tables = TableText.markdown(r.out());
        List<List<String>> dims = tables.get("Higher-order constructs (" + h.get("method").asText() + "): dimensions").rows();
        JsonNode first = h.get("constructs").get(0);
        for (int i = 0; i < first.get("dimensions").size(); i++) {
            JsonNode d = first.get("dimensions").get(i);
            assertEquals(List.of(first.get("name").asText(), d.get("name").asText(), shown(d.get("loading"), 3),
                    shown(d.get("weight"), 3)), dims.get(i).subList(0, 4));
        }
        assertTrue(tables.containsKey("Stage 1: Path coefficients"), tables::toString);

        String[] mod = {"estimate", "--data", bankData(), "--model",
                CliRun.resource("satisfaction/ecsi-bank-moderation.model")};
        JsonNode m = json(concat(mod, "--format", "json")).get("moderation").get("interactions").get(0);
        CliRun l = run(concat(mod, "--format", "latex"));
        assertEquals(0, l.exitCode(), l::toString);
        Map<String, TableText.Parsed> latex = TableText.latex(l.out());
        List<String> term = latex.get("Interaction effects (two-stage)").rows().get(0);
        assertEquals(List.of(m.get("term").asText(), m.get("target").asText(), shown(m.get("coefficient"), 3),
                shown(m.get("seminrCoefficient"), 3)), term.subList(0, 4));
        List<List<String>> slopes = latex.get("Simple slopes").rows();
        for (int i = 0; i < m.get("slopes").size(); i++) {
            JsonNode s = m.get("slopes").get(i);
            assertEquals(shown(s.get("slope"), 3), slopes.get(i).get(3));
            assertEquals("n/a", slopes.get(i).get(4), "no SE without --bootstrap: n/a, not 0");
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
