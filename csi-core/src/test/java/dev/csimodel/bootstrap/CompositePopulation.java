package dev.csimodel.bootstrap;

import dev.csimodel.data.DataTable;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

import java.util.List;
import java.util.Random;

/**
 * A composite population for the fit-test tests: constructs X, M, Y of three indicators each,
 * every block equicorrelated with r = 0.5 and formed with equal weights. Then
 * w = 1/sqrt(3 + 6r) = 1/sqrt(6) per indicator (so w'S_jj w = 1), S_jj w = (1 + 2r)/sqrt(6)·1 =
 * 2/sqrt(6)·1 and the cross-block correlations are Σ_jk = (S_jj w)(S_kk w)'φ_jk = (4/6)φ_jk.
 * Equal weights are an eigenvector of S_jj, so Mode A estimates them consistently. Structural
 * model: M = a X + ζ, Y = b M + c X + ζ, giving φ_XM = a, φ_MY = b + c a, φ_XY = c + b a.
 */
final class CompositePopulation {

    static final String[] NAMES = {"x1", "x2", "x3", "m1", "m2", "m3", "y1", "y2", "y3"};
    static final double WITHIN = 0.5;
    static final double CROSS = 4.0 / 6.0;

    private CompositePopulation() {
    }

    /** X → M → Y in Mode A, with the direct path X → Y only if {@code direct}. */
    static PathModel model(boolean direct) {
        return model(direct, OuterMode.A);
    }

    /** X → M → Y in {@code mode}, with the direct path X → Y only if {@code direct}. */
    static PathModel model(boolean direct, OuterMode mode) {
        var b = PathModel.builder()
                .construct("X").block(mode, List.of("x1", "x2", "x3"))
                .construct("M").block(mode, List.of("m1", "m2", "m3"))
                .construct("Y").block(mode, List.of("y1", "y2", "y3"))
                .path("X", "M").path("M", "Y");
        return (direct ? b.path("X", "Y") : b).build();
    }

    /** The population correlation matrix for paths a (X→M), b (M→Y), c (X→Y). */
    static double[][] sigma(double a, double b, double c) {
        double[][] phi = {{1, a, c + b * a}, {a, 1, b + c * a}, {c + b * a, b + c * a, 1}};
        double[][] s = new double[9][9];
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                int bi = i / 3;
                int bj = j / 3;
                s[i][j] = i == j ? 1.0 : bi == bj ? WITHIN : CROSS * phi[bi][bj];
            }
        }
        return s;
    }

    /** n multivariate normal rows with correlation matrix {@code sigma}. */
    static DataTable sample(double[][] sigma, int n, long seed) {
        int p = sigma.length;
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(p, true);
        if (!chol.decompose(new DMatrixRMaj(sigma))) {
            throw new IllegalStateException("the population matrix is not positive definite");
        }
        DMatrixRMaj l = chol.getT(null);
        Random random = new Random(seed);
        double[][] rows = new double[n][p];
        double[] e = new double[p];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < p; k++) {
                e[k] = random.nextGaussian();
            }
            for (int i = 0; i < p; i++) {
                double v = 0;
                for (int k = 0; k <= i; k++) {
                    v += l.get(i, k) * e[k];
                }
                rows[r][i] = v;
            }
        }
        return DataTable.ofRows(List.of(NAMES), rows);
    }
}
