package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading real survey files from the command line: missing codes compared as numbers (the
 * corporate reputation data with its -99 codes re-exported as -99.0), several codes, encodings,
 * delimiters, decimal commas and standard input.
 */
class SurveyFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CORP_REP = Path.of("../csi-core/src/test/resources/corp_rep/corp_rep_data.csv");
    private static final String MODEL = "COMP =~ comp_1 + comp_2 + comp_3\nLIKE =~ like_1 + like_2 + like_3\n"
            + "CUSA =~ cusa\nCUSL =~ cusl_1 + cusl_2 + cusl_3\nCUSA ~ COMP + LIKE\nCUSL ~ COMP + LIKE + CUSA\n";

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f.toString();
    }

    private static double path(CliRun r, String from, String to) throws IOException {
        assertEquals(0, r.exitCode(), r::toString);
        for (JsonNode p : JSON.readTree(r.out()).get("paths")) {
            if (p.get("from").asText().equals(from) && p.get("to").asText().equals(to)) {
                return p.get("estimate").asDouble();
            }
        }
        throw new AssertionError("no path " + from + " -> " + to);
    }

    private CliRun estimate(String data, String... extra) throws IOException {
        String model = write("corp.model", MODEL);
        String[] base = {"estimate", "--data", data, "--model", model, "--format", "json"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return run(all);
    }

    @Test
    void missingCodeMatchesItsDecimalSpellingAsANumber() throws IOException {
        String original = Files.readString(CORP_REP);
        String decimal = write("corp_decimal.csv", original.replace("-99", "-99.0"));
        double expected = path(estimate(CORP_REP.toString(), "--missing", "-99", "--missing-strategy", "mean"),
                "LIKE", "CUSA");
        double actual = path(estimate(decimal, "--missing", "-99", "--missing-strategy", "mean"), "LIKE", "CUSA");
        assertEquals(expected, actual, 1e-12);
        assertEquals(0.4239, expected, 1e-4); // the value of the -99 file (path scheme, this four-construct model)
        double streamed = path(estimate(decimal, "--missing", "-99,NA", "--missing-strategy", "listwise", "--streaming"),
                "LIKE", "CUSA");
        double listwise = path(estimate(CORP_REP.toString(), "--missing", "-99", "--missing-strategy", "listwise"),
                "LIKE", "CUSA");
        assertEquals(listwise, streamed, 1e-9);
        assertNotEquals(expected, path(estimate(CORP_REP.toString()), "LIKE", "CUSA"), 0.01);
    }

    @Test
    void semicolonFileWithDecimalCommasAndSepLineNeedsNoDelimiterOption() throws IOException {
        String comma = write("comma.csv", "a,b,c\n1,2,3\n2,1,4\n3,5,2\n4,3,5\n5,6,4\n6,4,7\n");
        String semi = write("semi.csv", "sep=;\na;b;c\n1,0;2;3\n2;1;4\n3;5;2\n4;3;5\n5;6;4\n6;4;7\n");
        String model = "A =~ a\nB =~ b\nC =~ c\nC ~ A + B\n";
        String m = write("abc.model", model);
        CliRun plain = run("estimate", "--data", comma, "--model", m, "--format", "json");
        CliRun sniffed = run("estimate", "--data", semi, "--model", m, "--format", "json", "--decimal-comma");
        assertEquals(path(plain, "A", "C"), path(sniffed, "A", "C"), 1e-12);
        CliRun refused = run("estimate", "--data", semi, "--model", m, "--decimal-comma", "--delimiter", ",");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("--decimal-comma cannot be combined with --delimiter ','"), refused::toString);
        CliRun wrong = run("estimate", "--data", semi, "--model", m, "--delimiter", ",");
        assertEquals(2, wrong.exitCode(), wrong::toString);
        assertTrue(wrong.err().contains("no column 'a'") || wrong.err().contains("delimiter"), wrong::toString);
    }

    @Test
    void latin1FileNamesTheTrueLineAndTheEncodingOption() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,name\n");
        for (int line = 2; line <= 250; line++) {
            csv.append(line % 7).append(',').append(line % 5).append(line == 200 ? ",Jos\u00e9\n" : ",x\n");
        }
        String f = write("latin1.csv", csv.toString().getBytes(Charset.forName("windows-1252")));
        String m = write("ab.model", "A =~ a\nB =~ b\nB ~ A\n");
        CliRun r = run("estimate", "--data", f, "--model", m);
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("line 200, column 8") && r.err().contains("not valid UTF-8; try --encoding windows-1252"),
                r::toString);
        CliRun ok = run("estimate", "--data", f, "--model", m, "--encoding", "windows-1252");
        assertEquals(0, ok.exitCode(), ok::toString);
        CliRun unknown = run("estimate", "--data", f, "--model", m, "--encoding", "klingon");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("--encoding: unknown character set 'klingon'"), unknown::toString);
    }

    @Test
    void standardInputIsReadOnceInMemoryAndStreaming() throws IOException {
        String csv = Files.readString(CORP_REP);
        double fromFile = path(estimate(CORP_REP.toString(), "--missing", "-99", "--missing-strategy", "listwise"),
                "LIKE", "CUSA");
        for (String streaming : new String[] {"--missing-strategy", "--streaming"}) {
            InputStream saved = System.in;
            try {
                System.setIn(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
                CliRun r = streaming.equals("--streaming")
                        ? estimate("-", "--missing", "-99", "--missing-strategy", "listwise", "--streaming")
                        : estimate("-", "--missing", "-99", "--missing-strategy", "listwise");
                assertEquals(fromFile, path(r, "LIKE", "CUSA"), 1e-9);
            } finally {
                System.setIn(saved);
            }
        }
    }

    @Test
    void unrecodedCodesAreWarnedAndMissingValuesAreTabulated() throws IOException {
        JsonNode report = JSON.readTree(estimate(CORP_REP.toString()).out());
        List<String> warnings = new ArrayList<>();
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("kind").asText().equals("SUSPECT_MISSING_CODE")) {
                warnings.add(d.get("message").asText());
            }
        }
        assertEquals(3, warnings.size(), warnings::toString); // cusa holds -99 once only: not warned
        assertTrue(warnings.get(1).startsWith("column 'cusl_2' holds -99 4 times"), warnings::toString);
        assertTrue(warnings.get(1).endsWith("declare it missing (csi --missing -99)"), warnings::toString);
        JsonNode coded = JSON.readTree(estimate(CORP_REP.toString(), "--missing", "-99", "--missing-strategy", "mean").out());
        for (JsonNode d : coded.get("diagnostics")) {
            assertNotEquals("SUSPECT_MISSING_CODE", d.get("kind").asText());
        }
        JsonNode cusl2 = coded.get("missingData").get("indicators").get(8);
        assertEquals("cusl_2", cusl2.get("name").asText());
        assertEquals(4, cusl2.get("missing").asInt());
        assertTrue(cusl2.get("replacement").isNumber());
        CliRun text = run("estimate", "--data", CORP_REP.toString(), "--model", write("corp.model", MODEL),
                "--missing", "-99", "--missing-strategy", "mean");
        assertTrue(text.out().contains("Missing values (mean)"), text::toString);
        assertTrue(text.out().lines().anyMatch(l -> l.matches("\\s+cusl_2\\s+4\\s+1\\.2%\\s+\\d\\.\\d{3}")), text::toString);
        assertTrue(text.out().contains("336 of 344 rows complete, 11 missing values"), text::toString);
        CliRun html = run("estimate", "--data", CORP_REP.toString(), "--model", write("corp.model", MODEL),
                "--missing", "-99", "--missing-strategy", "mean", "--format", "html");
        assertTrue(html.out().contains("<h2>Missing values (mean)</h2>")
                && html.out().contains("<td>cusl_2</td><td class=\"num\">4</td>"), html::toString);
    }
}
