package dev.csimodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code csi kano} and {@code csi ahp} on the example files of docs/examples. */
class KanoAhpCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final double EXACT = 1e-9;

    /**
     * For a 3 x 3 reciprocal matrix the principal eigenvector is the vector of row geometric means
     * and λmax = 1 + r^(1/3) + r^(-1/3) with r = a13 / (a12 a23) (Saaty 1980; Crawford and
     * Williams 1985): a hand computation to check the power iteration against.
     */
    @Test
    void ahpExampleGivesTheClosedFormWeightsAndConsistency() throws IOException {
        CliRun run = CliRun.run("ahp", "--matrix", EXAMPLES.resolve("ahp-judgments.csv").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode r = JSON.readTree(run.out());
        double price = Math.cbrt(1 * 3 * 0.5);
        double service = Math.cbrt(1.0 / 3 * 1 * 0.25);
        double quality = Math.cbrt(2 * 4 * 1);
        double sum = price + service + quality;
        assertEquals(price / sum, r.get("weights").get(0).get("weight").asDouble(), EXACT);
        assertEquals(service / sum, r.get("weights").get(1).get("weight").asDouble(), EXACT);
        assertEquals(quality / sum, r.get("weights").get(2).get("weight").asDouble(), EXACT);
        double ratio = 0.5 / (3 * 0.25);
        double lambda = 1 + Math.cbrt(ratio) + Math.cbrt(1 / ratio);
        assertEquals(lambda, r.get("lambdaMax").asDouble(), EXACT);
        assertEquals((lambda - 3) / 2 / 0.58, r.get("cr").asDouble(), EXACT);   // RI(3) = 0.58
        assertTrue(r.get("consistent").asBoolean());
        assertTrue(CliRun.run("ahp", "--matrix", EXAMPLES.resolve("ahp-judgments.csv").toString()).out()
                .contains("consistent (CR < 0.10)"));
    }

    /**
     * By the Berger et al. (1993) table: app (like, neutral) x4 = A, (like, live-with) = A,
     * (neutral, neutral) = I; wifi (like, dislike) x5 = O, (like, neutral) = A; clean
     * (neutral, dislike) x4 = M, (must-be, dislike) = M, (like, dislike) = O.
     */
    @Test
    void kanoExampleIsClassifiedByTheEvaluationTable() throws IOException {
        CliRun run = CliRun.run("kano", "--data", EXAMPLES.resolve("kano-answers.csv").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode a = JSON.readTree(run.out()).get("attributes");
        assertEquals("app", a.get(0).get("attribute").asText());
        assertEquals(5, a.get(0).get("attractive").asInt());
        assertEquals(1, a.get(0).get("indifferent").asInt());
        assertEquals("attractive", a.get(0).get("category").asText());
        assertEquals(5.0 / 6, a.get(0).get("better").asDouble(), EXACT);
        assertEquals(0.0, a.get(0).get("worse").asDouble(), EXACT);
        assertEquals("one_dimensional", a.get(1).get("category").asText());
        assertEquals(-5.0 / 6, a.get(1).get("worse").asDouble(), EXACT);
        assertEquals(5, a.get(2).get("mustBe").asInt());
        assertEquals(-1.0, a.get(2).get("worse").asDouble(), EXACT);
    }

    @Test
    void badInputsNameTheCellAndExitWithTwo(@TempDir Path dir) throws IOException {
        Path kano = dir.resolve("k.csv");
        Files.writeString(kano, "speed_f,speed_d\n1,5\n1,9\n");
        CliRun unknown = CliRun.run("kano", "--data", kano.toString());
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("line 3, column 2"), unknown::toString);
        Path matrix = dir.resolve("m.csv");
        Files.writeString(matrix, "c,a,b\na,1,3\nb,3,1\n");
        CliRun notReciprocal = CliRun.run("ahp", "--matrix", matrix.toString());
        assertEquals(2, notReciprocal.exitCode(), notReciprocal::toString);
        assertTrue(notReciprocal.err().contains("not reciprocal"), notReciprocal::toString);
        CliRun html = CliRun.run("ahp", "--matrix", EXAMPLES.resolve("ahp-judgments.csv").toString(), "--format", "html");
        assertEquals(2, html.exitCode(), html::toString);
    }
}
