package dev.csimodel.segmentation.pos;

/**
 * Solves the normal equations A·β = c of a small regression (a few predictors) by Cholesky
 * decomposition of the symmetric positive definite A.
 */
final class NormalEquations {

    /** Relative pivot below which A counts as singular (collinear predictors). */
    private static final double SINGULAR = 1e-12;

    private NormalEquations() {
    }

    /**
     * @param a the q × q matrix, read only
     * @param c the right-hand side, read only
     * @return β, or null if A is not (numerically) positive definite
     */
    static double[] solve(double[][] a, double[] c) {
        int q = c.length;
        double[][] l = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > SINGULAR * Math.abs(a[i][i]))) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] y = new double[q];
        for (int i = 0; i < q; i++) {
            double s = c[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] beta = new double[q];
        for (int i = q - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < q; k++) {
                s -= l[k][i] * beta[k];
            }
            beta[i] = s / l[i][i];
        }
        return beta;
    }
}
