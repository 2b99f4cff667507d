package dev.csimodel.result;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A known reflective population model for the consistent-PLS tests: three standardised common
 * factors, A exogenous, B = 0.5 A + ζ_B, C = 0.3 A + 0.4 B + ζ_C, with indicators
 * x = λη + sqrt(1 − λ²)ε (λ between 0.6 and 0.9).
 */
final class FactorPopulation {

    static final double A_B = 0.5;
    static final double A_C = 0.3;
    static final double B_C = 0.4;
    static final String[] NAMES = {"a1", "a2", "a3", "b1", "b2", "b3", "b4", "c1", "c2", "c3"};
    static final double[] LOADINGS = {0.9, 0.8, 0.7, 0.6, 0.85, 0.75, 0.7, 0.8, 0.65, 0.9};
    static final int[] BLOCK = {0, 0, 0, 1, 1, 1, 1, 2, 2, 2};

    private FactorPopulation() {
    }

    /** The model with every construct a common factor (Mode A). */
    static PathModel model() {
        return PathModel.builder()
                .construct("A").modeA("a1", "a2", "a3").commonFactor()
                .construct("B").modeA("b1", "b2", "b3", "b4").commonFactor()
                .construct("C").modeA("c1", "c2", "c3").commonFactor()
                .path("A", "B").path("A", "C").path("B", "C")
                .build();
    }

    /**
     * Factor correlations: Φ_AB = 0.5; Φ_AC = 0.3 + 0.4·0.5 = 0.5;
     * Φ_BC = 0.3·0.5 + 0.4 = 0.55.
     */
    static double[][] factorCorrelation() {
        double ab = A_B;
        double ac = A_C + B_C * A_B;
        double bc = A_C * A_B + B_C;
        return new double[][] {{1, ab, ac}, {ab, 1, bc}, {ac, bc, 1}};
    }

    /** Population correlations Σ_ij = λ_i Φ λ_j off the diagonal, as moments of n = 1000 cases. */
    static Moments populationMoments() {
        double[][] phi = factorCorrelation();
        int p = NAMES.length;
        double[] cov = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                cov[i * p + j] = i == j ? 1.0 : LOADINGS[i] * phi[BLOCK[i]][BLOCK[j]] * LOADINGS[j];
            }
        }
        return new Moments(List.of(NAMES), 1000, new double[p], cov);
    }

    /** {@code n} rows drawn from the model with a seeded generator. */
    static DataTable sample(int n, long seed) {
        Random rnd = new Random(seed);
        double[][] rows = new double[n][];
        double sdB = Math.sqrt(1 - A_B * A_B);
        // Var(0.3 A + 0.4 B) = 0.09 + 0.16 + 2·0.3·0.4·0.5 = 0.37
        double sdC = Math.sqrt(1 - 0.37);
        for (int r = 0; r < n; r++) {
            double a = rnd.nextGaussian();
            double b = A_B * a + sdB * rnd.nextGaussian();
            double c = A_C * a + B_C * b + sdC * rnd.nextGaussian();
            double[] eta = {a, b, c};
            double[] row = new double[NAMES.length];
            for (int i = 0; i < row.length; i++) {
                double l = LOADINGS[i];
                row[i] = l * eta[BLOCK[i]] + Math.sqrt(1 - l * l) * rnd.nextGaussian();
            }
            rows[r] = row;
        }
        return DataTable.ofRows(new ArrayList<>(List.of(NAMES)), rows);
    }
}
