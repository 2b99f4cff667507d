package dev.csimodel.segmentation.fimix;

import java.util.Optional;

/**
 * Weighted least squares without intercept, β = (X'WX)⁻¹X'Wy, solved by Cholesky: the M-step
 * of each segment's equation. The systems are tiny (one column per predecessor), so a
 * hand-written solve beats setting up EJML matrices in the EM's inner loop.
 */
final class WeightedLeastSquares {

    /** A pivot below this relative size makes X'WX singular for our purpose. */
    private static final double SINGULAR = 1e-12;

    private WeightedLeastSquares() {
    }

    /** @return β, or empty if X'WX is (numerically) singular */
    static Optional<double[]> solve(double[][] x, double[] y, double[] w) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            for (int r = 0; r < p; r++) {
                double wx = w[i] * xi[r];
                b[r] += wx * y[i];
                for (int c = 0; c <= r; c++) {
                    a[r][c] += wx * xi[c];
                }
            }
        }
        return cholesky(a) ? Optional.of(substitute(a, b)) : Optional.empty();
    }

    /** In-place lower Cholesky factor of the lower triangle of {@code a}; false if not positive definite. */
    private static boolean cholesky(double[][] a) {
        int p = a.length;
        for (int j = 0; j < p; j++) {
            double diagonal = a[j][j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[j][k] * a[j][k];
            }
            if (!(diagonal > SINGULAR * Math.max(1.0, Math.abs(a[j][j])))) {
                return false;
            }
            a[j][j] = Math.sqrt(diagonal);
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= a[i][k] * a[j][k];
                }
                a[i][j] = s / a[j][j];
            }
        }
        return true;
    }

    private static double[] substitute(double[][] l, double[] b) {
        int p = b.length;
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] beta = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k][i] * beta[k];
            }
            beta[i] = s / l[i][i];
        }
        return beta;
    }

    /** @return Σ_i w_i (y_i − x_i'β)² / Σ_i w_i, with {@code weightSum} = Σ_i w_i */
    static double residualVariance(double[][] x, double[] y, double[] w, double[] beta, double weightSum) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double r = y[i];
            for (int p = 0; p < beta.length; p++) {
                r -= x[i][p] * beta[p];
            }
            s += w[i] * r * r;
        }
        return s / weightSum;
    }
}
