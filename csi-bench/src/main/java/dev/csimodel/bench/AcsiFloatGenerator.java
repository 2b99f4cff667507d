package dev.csimodel.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the float survey file of the ingestion benchmarks: the simulated ACSI layout, 15
 * indicators (customer expectations ce1-ce3, perceived quality pq1-pq3, value pv1-pv2,
 * satisfaction sat1-sat3, complaints comp1, loyalty loy1-loy3) of respondents drawn from the
 * ACSI structural model (Fornell et al. 1996: CE → PQ → PV → SAT → COMP, LOY), on a 1-10 scale
 * with 5 decimals, as a weighting or imputation step writes them. About 126 bytes per row:
 * 1,000,000 rows make 126 MB, the file of issue #11. {@link #MODEL} is its model file.
 *
 * <p>{@code java -cp csi-bench/target/benchmarks.jar dev.csimodel.bench.AcsiFloatGenerator acsi.csv 1000000 [acsi.model]}
 */
public final class AcsiFloatGenerator {

    /** The indicator names, in file order. */
    public static final List<String> INDICATORS = List.of("ce1", "ce2", "ce3", "pq1", "pq2", "pq3", "pv1", "pv2",
            "sat1", "sat2", "sat3", "comp1", "loy1", "loy2", "loy3");
    /** Construct of each indicator (index into the latent scores). */
    private static final int[] CONSTRUCT = {0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 5};
    /** The ACSI model over {@link #INDICATORS}, in the syntax of {@code csi}. */
    public static final String MODEL = """
            CE =~ ce1 + ce2 + ce3
            PQ =~ pq1 + pq2 + pq3
            PV =~ pv1 + pv2
            SAT =~ sat1 + sat2 + sat3
            COMP =~ comp1
            LOY =~ loy1 + loy2 + loy3
            PQ ~ CE
            PV ~ CE + PQ
            SAT ~ CE + PQ + PV
            COMP ~ SAT
            LOY ~ SAT + COMP
            """;

    private AcsiFloatGenerator() {
    }

    /** @param args output file, number of rows, optional model file to write */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AcsiFloatGenerator FILE.csv ROWS [FILE.model]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(out, rows, 42L);
        }
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), MODEL, StandardCharsets.UTF_8);
        }
        System.out.printf("%s: %d rows x %d, %.1f MB%n", file, rows, INDICATORS.size(), Files.size(file) / 1e6);
    }

    static void write(Writer out, long rows, long seed) throws IOException {
        out.write(String.join(",", INDICATORS));
        out.write('\n');
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] eta = new double[6];
        StringBuilder line = new StringBuilder(256);
        for (long r = 0; r < rows; r++) {
            latent(rnd, eta);
            line.setLength(0);
            for (int j = 0; j < INDICATORS.size(); j++) {
                double lambda = 0.75 + 0.05 * (j % 3);
                double x = lambda * eta[CONSTRUCT[j]] + Math.sqrt(1 - lambda * lambda) * gauss(rnd);
                appendFixed5(line, Math.max(1, Math.min(10, 7 + 1.5 * x)));
                line.append(j == INDICATORS.size() - 1 ? '\n' : ',');
            }
            out.append(line);
        }
    }

    /** Latent scores of one respondent from the ACSI paths (standardised, illustrative sizes). */
    private static void latent(SplittableRandom rnd, double[] eta) {
        eta[0] = gauss(rnd);
        eta[1] = 0.60 * eta[0] + 0.80 * gauss(rnd);
        eta[2] = 0.25 * eta[0] + 0.55 * eta[1] + 0.75 * gauss(rnd);
        eta[3] = 0.15 * eta[0] + 0.45 * eta[1] + 0.30 * eta[2] + 0.65 * gauss(rnd);
        eta[4] = -0.45 * eta[3] + 0.89 * gauss(rnd);
        eta[5] = 0.55 * eta[3] - 0.15 * eta[4] + 0.78 * gauss(rnd);
    }

    /** Appends {@code v} (1 ≤ v ≤ 10) with exactly 5 decimals, rounded half up, without String.format. */
    static void appendFixed5(StringBuilder out, double v) {
        long scaled = Math.round(v * 100_000);
        out.append(scaled / 100_000).append('.');
        String fraction = Long.toString(scaled % 100_000);
        for (int k = fraction.length(); k < 5; k++) {
            out.append('0');
        }
        out.append(fraction);
    }

    private static double gauss(SplittableRandom rnd) {
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
