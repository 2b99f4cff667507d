package dev.csimodel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options that would do nothing, out-of-range counts and unclear failures answered by name (exit 2). */
class OptionCheckTest {

    private static CliRun estimate(String... extra) {
        String[] args = new String[5 + extra.length];
        System.arraycopy(new String[] {"estimate", "--data", bankData(), "--model", bankModel()}, 0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        return run(args);
    }

    private static void assertBadInput(CliRun r, String... fragments) {
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), () -> "'" + f + "' missing: " + r);
        }
    }

    @Test
    void bootstrapOnlyOptionsNeedABootstrap() {
        assertBadInput(estimate("--ci", "bca"), "--ci applies only to the bootstrap");
        assertBadInput(estimate("--threads", "2"), "--threads applies only to the bootstrap");
        assertBadInput(estimate("--threads", "2", "--streaming"), "--threads");
    }

    @Test
    void segmentWeightsNeedAGroup() {
        assertBadInput(estimate("--segment-weights", "pooled", "--scale", "0:10"), "--segment-weights", "--group");
    }

    @Test
    void resamplesAndThreadsAreBounded() {
        assertBadInput(estimate("--bootstrap", "50000000"), "--bootstrap 50000000", "between 1 and 1,000,000");
        assertBadInput(estimate("--bootstrap", "0"), "--bootstrap 0");
        assertBadInput(estimate("--bootstrap", "-3"), "--bootstrap -3");
        assertBadInput(estimate("--bootstrap", "10", "--threads", "0"), "--threads 0");
    }

    @Test
    void noCommandPrintsTheUsageToStandardErrorAndExits2() {
        CliRun r = run();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("no command") && r.err().contains("Usage: csi"), r::toString);
    }

    @Test
    void helpHasNoFormatWarnings() {
        for (String command : new String[] {"estimate", "model", "compare", "demo"}) {
            CliRun r = run(command, "--help");
            assertEquals(0, r.exitCode(), r::toString);
            assertFalse((r.out() + r.err()).contains("picocli WARN"), r::toString);
            if (command.equals("estimate")) {
                assertTrue(r.out().contains("95%"), r::toString);
            }
        }
    }

    @Test
    void aWeightColumnThatIsAnIndicatorIsNamed() {
        assertBadInput(estimate("--weights", "imag1"), "--weights imag1", "indicator of construct 'IMAG'");
    }

    @Test
    void aPathBetweenAHigherOrderConstructAndItsDimensionIsLocated(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("hoc.model"),
                "IMAG =~ imag1 + imag2\nSAT =~ sat1 + sat2\nHOC =~ IMAG + SAT\nHOC ~ IMAG\n");
        assertBadInput(run("estimate", "--data", bankData(), "--model", model.toString()),
                "hoc.model, line 4, column 7", "cycle through higher-order construct 'HOC'");
    }

    @Test
    void aLatin1ModelFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("latin1.model");
        Files.write(model, "IMAG =~ imag1 + imag2\n# qualit\u00e9\nSAT =~ sat1 + sat2\nSAT ~ IMAG\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = run("estimate", "--data", bankData(), "--model", model.toString());
        assertBadInput(r, "latin1.model, line 2", "byte 0xE9 is not UTF-8");
        assertFalse(r.err().contains("MalformedInput"), r::toString);
    }

    @Test
    void longMessagesAreCut(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("wide.csv");
        Files.writeString(data, "x".repeat(100_000) + ",y\n1,2\n");
        CliRun r = run("estimate", "--data", data.toString(), "--model", bankModel());
        // the reader already quotes only the head of a giant header cell; the printer's cap is the backstop
        assertBadInput(r, "no column 'imag1'", "xxx...");
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().length() < Cli.MAX_MESSAGE + 100, () -> "line of " + r.err().length());
    }

    @Test
    void thePrinterCutsAnyMessageOverItsBound() {
        String line = Cli.oneLine("column " + "y".repeat(100_000) + "\nsecond line");
        assertTrue(line.startsWith("column yyy") && line.endsWith("characters cut)"), line);
        assertTrue(line.length() < Cli.MAX_MESSAGE + 60, () -> "line of " + line.length());
        assertTrue(line.contains("message of 100019 characters"), line);
    }

    @Test
    void outOfMemoryIsOneLineWithTheWaysOut() {
        StringWriter err = new StringWriter();
        int code = Cli.guarded(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains("out of memory (Java heap space)") && err.toString().contains("--streaming")
                && err.toString().contains("CSI_JAVA_OPTS=-Xmx"), err::toString);
    }

    @Test
    void outOfMemoryInsideACommandReachesTheGuard() {
        StringWriter err = new StringWriter();
        int code = Cli.guarded(() -> new picocli.CommandLine(new Exhausting()).execute(), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("csi: out of memory"), err::toString);
    }

    @Test
    void warningsGoToStandardErrorAndStrictMakesThemExit2() {
        CliRun plain = estimate("--consistent");
        assertEquals(0, plain.exitCode(), plain::toString);
        assertTrue(plain.err().startsWith("csi: warning: the path EXPE -> VAL"), plain::toString);
        CliRun strict = estimate("--consistent", "--strict");
        assertEquals(2, strict.exitCode(), strict::toString);
        assertEquals(plain.out(), strict.out(), "the report is written all the same");
        assertTrue(strict.err().contains("csi: --strict: "), strict::toString);
        CliRun clean = estimate("--strict");
        assertEquals(0, clean.exitCode(), clean::toString);
        assertEquals("", clean.err());
    }

    /** A command that runs out of memory, as a 50,000,000-resample bootstrap would. */
    @picocli.CommandLine.Command(name = "exhausting")
    static final class Exhausting implements Runnable {
        @Override
        public void run() {
            throw new OutOfMemoryError("Java heap space");
        }
    }
}
