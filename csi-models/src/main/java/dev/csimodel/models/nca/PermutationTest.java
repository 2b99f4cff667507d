package dev.csimodel.models.nca;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The approximate permutation test of the effect size (Dul, van der Laan and Kuik 2020, "A
 * statistical significance test for necessary condition analysis", Organizational Research
 * Methods 23(2), 385-395): under independence of X and Y every pairing of the observed values is
 * equally likely, so the outcome is shuffled N times against the conditions and d recomputed.
 * The scope is unchanged by a shuffle (same marginals). One shuffle serves every condition, as in
 * the NCA package. Permutation b draws from its own generator seeded by {@code (seed, b)}, so the
 * counts are the same for any thread count.
 */
final class PermutationTest {

    /** The z of a two-sided 95% interval, for the NCA package's p-accuracy. */
    private static final double Z95 = 1.959963984540054;

    /** Relative slack so that a shuffle giving the observed arrangement's d counts as ≥ it. */
    private static final double TIE = 1e-12;

    /** Permutations per task: one shuffle buffer serves a block, so a test allocates little. */
    private static final int BLOCK = 64;

    private PermutationTest() {
    }

    /**
     * @param observed {@code observed[c] = {d_CE, d_CR}} of condition c
     * @return {@code p[c] = {p_CE, p_CR}}
     */
    static double[][] pValues(List<SortedCases> cases, List<NcaScope> scopes, double[] y, double[][] observed,
                              NcaSettings settings) {
        int n = settings.permutations();
        double[][][] d = new double[n][][];
        IntStream blocks = IntStream.range(0, (n + BLOCK - 1) / BLOCK);
        (settings.parallel() ? blocks.parallel() : blocks).forEach(k -> {
            double[] buffer = new double[y.length];
            for (int b = k * BLOCK; b < Math.min(n, (k + 1) * BLOCK); b++) {
                d[b] = effects(cases, scopes, shuffle(y, buffer, settings.seed(), b));
            }
        });
        double[][] p = new double[cases.size()][2];
        for (int c = 0; c < cases.size(); c++) {
            for (int m = 0; m < 2; m++) {
                int atLeast = 0;
                for (int b = 0; b < n; b++) {
                    if (d[b][c][m] >= observed[c][m] - TIE * Math.max(1, observed[c][m])) {
                        atLeast++;
                    }
                }
                p[c][m] = (atLeast + 1.0) / (n + 1.0);
            }
        }
        return p;
    }

    /** @return the 95% margin of an estimated p from N permutations */
    static double margin(double p, int permutations) {
        return Z95 * Math.sqrt(p * (1 - p) / permutations);
    }

    /** @return {@code {d_CE, d_CR}} of every condition for outcome {@code y} */
    static double[][] effects(List<SortedCases> cases, List<NcaScope> scopes, double[] y) {
        double[][] out = new double[cases.size()][];
        for (int c = 0; c < cases.size(); c++) {
            out[c] = cases.get(c).effects(y, scopes.get(c));
        }
        return out;
    }

    /** Fisher-Yates shuffle of {@code y} into {@code out} from the generator of permutation {@code b}. */
    private static double[] shuffle(double[] y, double[] out, long seed, int b) {
        SplittableRandom rnd = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (b + 1L));
        System.arraycopy(y, 0, out, 0, y.length);
        for (int i = out.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
