package dev.csimodel.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.csimodel.cli.CliRun.bankData;
import static dev.csimodel.cli.CliRun.bankModel;
import static dev.csimodel.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --read-threads}: the file is cut into fixed 4 MiB byte ranges whatever the thread count,
 * so the JSON report, streamed (with segments) or in memory, is the same text with 1, 2 and 8
 * threads. The data: the ECSI bank survey's 250 rows repeated to about 19 MB (five ranges),
 * its quoted gender labels as R writes them.
 */
class ReadThreadsTest {

    private static final int COPIES = 1150;

    @TempDir
    static Path dir;
    private static Path big;

    @BeforeAll
    static void writeBigFile() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(bankData()), StandardCharsets.UTF_8);
        big = dir.resolve("bank-x" + COPIES + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(lines.get(0));
            out.write('\n');
            for (int c = 0; c < COPIES; c++) {
                for (String line : lines.subList(1, lines.size())) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        assertTrue(Files.size(big) > 4 * (4 << 20), "the file must span five ranges");
    }

    private static String report(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("estimate", "--data", big.toString(), "--model", bankModel(),
                "--scale", "0:10", "--format", "json"));
        args.addAll(List.of(extra));
        CliRun r = run(args.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r::toString);
        return r.out();
    }

    @Test
    void streamedReportWithSegmentsIsTheSameForAnyThreadCount() {
        String one = report("--streaming", "--group", "gender", "--read-threads", "1");
        assertTrue(one.contains("\"female\""), one);
        assertEquals(one, report("--streaming", "--group", "gender", "--read-threads", "2"));
        assertEquals(one, report("--streaming", "--group", "gender", "--read-threads", "8"));
    }

    @Test
    void inMemoryReportIsTheSameForAnyThreadCount() {
        String one = report("--read-threads", "1");
        assertTrue(one.contains("\"observations\" : " + 250 * COPIES) || one.contains(String.valueOf(250 * COPIES)), one);
        assertEquals(one, report("--read-threads", "8"));
    }

    @Test
    void aThreadCountOutOfRangeIsRefused() {
        CliRun r = run("estimate", "--data", bankData(), "--model", bankModel(), "--read-threads", "0");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--read-threads 0: must be between 1 and 64"), r::toString);
    }
}
