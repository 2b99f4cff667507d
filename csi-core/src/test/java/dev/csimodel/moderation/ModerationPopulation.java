package dev.csimodel.moderation;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;

import java.util.List;
import java.util.Random;

/**
 * A population with a known interaction: X and M independent standard normal,
 * {@code Y = bX·X + bM·M + bXM·X·M + ζ} with Var(ζ) = 1 − bX² − bM² − bXM² (Var(XM) = 1 and XM is
 * uncorrelated with X and M, so Var(Y) = 1 and the standardised coefficients are bX, bM, bXM).
 * Each construct has three indicators {@code λ·F + sqrt(1 − λ²)·ε}, λ = 0.9. The population simple
 * slope of X at M = v SD is then bX + bXM·v.
 */
final class ModerationPopulation {

    static final double LOADING = 0.9;
    static final PathModel MODEL = ModelSyntax.parse("""
            X =~ x1 + x2 + x3
            M =~ m1 + m2 + m3
            Y =~ y1 + y2 + y3
            Y ~ X + M + X:M
            """);
    private static final List<String> NAMES = List.of("x1", "x2", "x3", "m1", "m2", "m3", "y1", "y2", "y3");

    private ModerationPopulation() {
    }

    static DataTable sample(double bx, double bm, double bxm, int n, long seed) {
        Random random = new Random(seed);
        double residual = Math.sqrt(1 - bx * bx - bm * bm - bxm * bxm);
        double noise = Math.sqrt(1 - LOADING * LOADING);
        double[][] rows = new double[n][9];
        for (double[] row : rows) {
            double x = random.nextGaussian();
            double m = random.nextGaussian();
            double y = bx * x + bm * m + bxm * x * m + residual * random.nextGaussian();
            double[] f = {x, m, y};
            for (int j = 0; j < 9; j++) {
                row[j] = LOADING * f[j / 3] + noise * random.nextGaussian();
            }
        }
        return DataTable.ofRows(NAMES, rows);
    }
}
