package dev.csimodel.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large survey CSV for the streaming run of the CLI: a header with the 27 bank
 * indicators (imag1 .. loy4) and {@code N} rows of synthetic respondents ({@link SyntheticSurvey})
 * on a 1-10 scale (rounded, clamped), so that the file matches {@code ecsi-bank.model}. About 57
 * bytes per row: 18.5 million rows make about 1 GB.
 * <p>{@code java -cp csi-bench/target/benchmarks.jar dev.csimodel.bench.CsvGenerator big.csv 18500000}
 */
public final class CsvGenerator {

    private CsvGenerator() {
    }

    /** @param args output file, number of rows, optional seed */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CsvGenerator FILE.csv ROWS [SEED]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(out, rows, seed);
        }
        System.out.printf("%s: %d rows, %.1f MB%n", file, rows, Files.size(file) / 1e6);
    }

    static void write(Writer out, long rows, long seed) throws IOException {
        out.write(String.join(",", SyntheticSurvey.indicatorNames()));
        out.write('\n');
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] eta = new double[6];
        double[] row = new double[27];
        char[] line = new char[27 * 3];
        for (long r = 0; r < rows; r++) {
            SyntheticSurvey.respondent(rnd, eta, row);
            int n = 0;
            for (int j = 0; j < 27; j++) {
                int v = (int) Math.max(1, Math.min(10, Math.round(row[j])));
                if (v == 10) {
                    line[n++] = '1';
                    line[n++] = '0';
                } else {
                    line[n++] = (char) ('0' + v);
                }
                line[n++] = j == 26 ? '\n' : ',';
            }
            out.write(line, 0, n);
        }
    }
}
