package dev.csimodel.report;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing a report file: new, replaced, never an input, and an existing one kept when the write fails. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFileInUtf8() throws IOException {
        Path report = dir.resolve("report.txt");
        ReportFiles.write(report, List.of(), out -> out.println("R² 0.52"));
        assertEquals("R² 0.52" + System.lineSeparator(), Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(List.of("report.txt"), fileNames());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old report, longer than the new one");
        ReportFiles.write(report, List.of(dir.resolve("survey.csv")), out -> out.print("new"));
        assertEquals("new", Files.readString(report));
        assertEquals(List.of("report.txt"), fileNames());
    }

    @Test
    void writesABinaryReport() throws IOException {
        Path report = Files.writeString(dir.resolve("report.xlsx"), "old");
        ReportFiles.writeBinary(report, List.of(), out -> out.write(new byte[]{1, 2, 3}));
        assertArrayEquals(new byte[]{1, 2, 3}, Files.readAllBytes(report));
        assertEquals(List.of("report.xlsx"), fileNames());
    }

    @Test
    void refusesToOverwriteAnInput() throws IOException {
        Path data = Files.writeString(dir.resolve("survey.csv"), "a,b\n1,2\n");
        Path same = dir.resolve("sub").resolve("..").resolve("survey.csv");
        Files.createDirectory(dir.resolve("sub"));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> ReportFiles.write(same, List.of(dir.resolve("bank.model"), data), out -> out.println("x")));
        assertEquals("the report file " + same + " is the input file " + data
                + "; refusing to overwrite an input, choose another output file", e.getMessage());
        assertThrows(CsiSpecificationException.class,
                () -> ReportFiles.writeBinary(data, List.of(data), out -> out.write(1)));
        assertEquals("a,b\n1,2\n", Files.readString(data), "the input unchanged");
    }

    @Test
    void requireNotInputPassesStandardOutputAndNewFiles() {
        Path data = dir.resolve("survey.csv");
        ReportFiles.requireNotInput(null, List.of(data));
        ReportFiles.requireNotInput(dir.resolve("new.txt"), List.of(data));
    }

    @Test
    void aFailedWriteKeepsTheExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), "old report");
        CsiEstimationException e = assertThrows(CsiEstimationException.class, () -> ReportFiles.write(report, List.of(), out -> {
            out.println("half a table");
            throw new CsiEstimationException("failed mid-report");
        }));
        assertEquals("failed mid-report", e.getMessage());
        assertEquals("old report", Files.readString(report));
        assertEquals(List.of("report.txt"), fileNames());
    }

    @Test
    void aFailedBinaryWriteNamesTheFileAndTheReason() throws IOException {
        Path report = Files.writeString(dir.resolve("report.xlsx"), "old");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> ReportFiles.writeBinary(report,
                List.of(), out -> {
                    throw new IOException("No space left on device");
                }));
        assertEquals(report + ": cannot write the report: No space left on device", e.getMessage());
        assertEquals("old", Files.readString(report));
        assertEquals(List.of("report.xlsx"), fileNames());
    }

    @Test
    void anOutputInAMissingFolderNamesTheFolder() {
        Path report = dir.resolve("nothere").resolve("report.txt");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> ReportFiles.write(report, List.of(), out -> out.println("x")));
        assertEquals(report + ": cannot write the report: no folder " + dir.resolve("nothere"), e.getMessage());
    }

    @Test
    void aFolderIsNotOverwritten() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> ReportFiles.write(folder, List.of(), out -> out.println("x")));
        assertEquals(folder + ": cannot write the report: it is a folder", e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void causeQuotesTheOperatingSystemAndNamesSubclasses() {
        assertEquals("No space left on device", ReportFiles.cause(new IOException("No space left on device")));
        assertEquals("/x (NoSuchFileException)", ReportFiles.cause(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("IOException", ReportFiles.cause(new IOException()));
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("sub")).sorted().toList();
        }
    }
}
