package dev.csimodel.cli;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --output} never replaces an input, is written atomically, and a failed standard output is an error. */
class OutputSafetyTest {

    private static final String ECSI_MAP = "IMAG=imag1,imag2,imag3,imag4,imag5;EXPE=expe1,expe2,expe3,expe4,expe5;"
            + "QUAL=qual1,qual2,qual3,qual4,qual5;VAL=val1,val2,val3,val4;SAT=sat1,sat2,sat3,sat4;LOY=loy1,loy2,loy3,loy4";

    @TempDir
    Path dir;
    private Path data;
    private Path model;
    private byte[] dataBytes;
    private byte[] modelBytes;

    @BeforeEach
    void copyInputs() throws IOException {
        data = Files.copy(Path.of(bankData()), dir.resolve("survey.csv"));
        model = Files.copy(Path.of(bankModel()), dir.resolve("bank.model"));
        dataBytes = Files.readAllBytes(data);
        modelBytes = Files.readAllBytes(model);
    }

    private void assertRefused(CliRun r, String output, String input) throws IOException {
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--output " + output), r::toString);
        assertTrue(r.err().contains("input file " + input), r::toString);
        assertArrayEquals(dataBytes, Files.readAllBytes(data));
        assertArrayEquals(modelBytes, Files.readAllBytes(model));
    }

    @Test
    void outputEqualToTheDataFileIsRefused() throws IOException {
        CliRun r = run("estimate", "--data", data.toString(), "--model", model.toString(), "--output", data.toString());
        assertRefused(r, data.toString(), data.toString());
    }

    @Test
    void outputReachingTheModelThroughDotDotOrASymlinkIsRefused() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        String dotDot = dir.resolve("sub").resolve("..").resolve("bank.model").toString();
        assertRefused(run("estimate", "--data", data.toString(), "--model", model.toString(), "--output", dotDot),
                dotDot, model.toString());
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
        assertRefused(run("estimate", "--data", data.toString(), "--model", model.toString(), "--output", link.toString(),
                "--streaming"), link.toString(), data.toString());
    }

    @Test
    void compareAndModelRefuseAnInputAsOutput() throws IOException {
        Path second = Files.copy(model, dir.resolve("second.model"));
        CliRun compare = run("compare", "--data", data.toString(), "--model", model.toString(), "--model", second.toString(),
                "--output", second.toString());
        assertEquals(2, compare.exitCode(), compare::toString);
        assertTrue(compare.err().contains("input file " + second), compare::toString);
        assertArrayEquals(modelBytes, Files.readAllBytes(second));
        assertRefused(run("model", "ecsi", "--data", data.toString(), "--map", ECSI_MAP, "--output", data.toString()),
                data.toString(), data.toString());
    }

    @Test
    void aReportReplacesAnOldOneAndLeavesNoTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old report");
        CliRun r = run("estimate", "--data", data.toString(), "--model", model.toString(), "--output", report.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.readString(report).contains("SAT"), "the new report");
        assertEquals(List.of("bank.model", "report.txt", "survey.csv"), fileNames());
    }

    @Test
    void aFailedWriteKeepsTheOldReportAndRemovesTheTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old report");
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Terminal.none());
        assertThrows(CsiEstimationException.class, () -> ReportOutput.write(console, report, List.of(data), out -> {
            out.println("half a table");
            throw new CsiEstimationException("failed mid-report");
        }));
        assertEquals("old report", Files.readString(report));
        assertEquals(List.of("bank.model", "report.txt", "survey.csv"), fileNames());
    }

    @Test
    void anOutputInAMissingFolderNamesTheFolder() {
        Path report = dir.resolve("nothere").resolve("report.txt");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> ReportOutput.write(
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Terminal.none()),
                report, List.of(), out -> out.println("x")));
        assertTrue(e.getMessage().contains(report.toString()) && e.getMessage().contains("no folder"), e.getMessage());
    }

    @Test
    void theOperatingSystemsReasonIsQuoted() {
        assertEquals("No space left on device", ReportOutput.cause(new IOException("No space left on device")));
    }

    @Test
    void aFullStandardOutputExitsNonZero() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
        StringWriter err = new StringWriter();
        try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"), false, StandardCharsets.UTF_8)) {
            int code = Cli.run(new String[] {"estimate", "--data", data.toString(), "--model", model.toString()},
                    full, new PrintWriter(err, true), Terminal.none());
            assertEquals(2, code);
        }
        assertTrue(err.toString().contains("csi: cannot write to standard output"), err::toString);
    }

    @Test
    void aFullDeviceAsOutputSaysTheDiskIsFullAndStaysADevice() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full));
        CliRun r = run("estimate", "--data", data.toString(), "--model", model.toString(), "--output", full.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("/dev/full: cannot write the report: No space left on device"), r::toString);
        assertFalse(Files.isRegularFile(full), "/dev/full was replaced by a file");
    }

    @Test
    void aFailingWriterExitsNonZeroForReportsAndHelp() {
        for (String[] args : new String[][] {{"estimate", "--data", data.toString(), "--model", model.toString()},
                {"estimate", "--help"}}) {
            StringWriter err = new StringWriter();
            int code = Cli.run(args, new PrintWriter(new FailingWriter()), new PrintWriter(err, true), Terminal.none());
            assertEquals(2, code, err::toString);
            assertTrue(err.toString().contains("csi: cannot write to standard output"), err::toString);
        }
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A stream whose device is gone: every write fails. */
    private static final class FailingWriter extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("Broken pipe");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("Broken pipe");
        }

        @Override
        public void close() {
        }
    }
}
