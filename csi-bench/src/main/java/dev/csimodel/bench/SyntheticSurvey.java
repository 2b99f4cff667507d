package dev.csimodel.bench;

import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic ECSI-shaped survey data for benchmarks: six latent variables following the bank
 * model's structure (IMAG → EXPE → QUAL → VAL → SAT → LOY with its cross paths), 27 indicators
 * {@code x = 7 + 1.5(λη + sqrt(1 − λ²)ε)}, deterministic for a seed.
 */
public final class SyntheticSurvey {

    static final String[] CONSTRUCTS = {"IMAG", "EXPE", "QUAL", "VAL", "SAT", "LOY"};
    static final int[] SIZES = {5, 5, 5, 4, 4, 4};

    private SyntheticSurvey() {
    }

    /** @return the 27 indicator names, imag1..loy4 */
    public static List<String> indicatorNames() {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < CONSTRUCTS.length; k++) {
            for (int i = 1; i <= SIZES[k]; i++) {
                names.add(CONSTRUCTS[k].toLowerCase() + i);
            }
        }
        return names;
    }

    /** @return {@code n} synthetic respondents as a table of 27 indicator columns */
    public static DataTable generate(int n, long seed) {
        double[][] cols = new double[27][n];
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] eta = new double[6];
        double[] row = new double[27];
        for (int r = 0; r < n; r++) {
            respondent(rnd, eta, row);
            for (int j = 0; j < 27; j++) {
                cols[j][r] = row[j];
            }
        }
        return DataTable.ofColumns(indicatorNames(), cols);
    }

    /** Fills {@code row} with one respondent's 27 indicator values. */
    static void respondent(SplittableRandom rnd, double[] eta, double[] row) {
        eta[0] = gauss(rnd);
        eta[1] = 0.55 * eta[0] + 0.83 * gauss(rnd);
        eta[2] = 0.80 * eta[1] + 0.60 * gauss(rnd);
        eta[3] = 0.20 * eta[1] + 0.60 * eta[2] + 0.65 * gauss(rnd);
        eta[4] = 0.20 * eta[0] + 0.15 * eta[2] + 0.55 * eta[3] + 0.55 * gauss(rnd);
        eta[5] = 0.30 * eta[0] + 0.45 * eta[4] + 0.70 * gauss(rnd);
        int j = 0;
        for (int k = 0; k < 6; k++) {
            for (int i = 0; i < SIZES[k]; i++) {
                double lambda = 0.7 + 0.05 * i;
                double x = lambda * eta[k] + Math.sqrt(1 - lambda * lambda) * gauss(rnd);
                row[j++] = 7 + 1.5 * x;
            }
        }
    }

    private static double gauss(SplittableRandom rnd) {
        // Box-Muller, one variate per call: simple and deterministic.
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
