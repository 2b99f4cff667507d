package dev.csimodel.ordinal;

import java.util.SplittableRandom;

/** Test data: standard bivariate normal pairs and their discretisation at given thresholds. */
final class OrdinalSimulation {

    private OrdinalSimulation() {
    }

    /** @return {x, y} standard normal with correlation rho */
    static double[][] bivariate(int n, double rho, SplittableRandom random) {
        double[] x = new double[n];
        double[] y = new double[n];
        double s = Math.sqrt(1 - rho * rho);
        for (int r = 0; r < n; r++) {
            x[r] = random.nextGaussian();
            y[r] = rho * x[r] + s * random.nextGaussian();
        }
        return new double[][] {x, y};
    }

    /** @return 1 + the number of thresholds below each value: categories 1 … c */
    static double[] discretise(double[] z, double[] thresholds) {
        double[] out = new double[z.length];
        for (int r = 0; r < z.length; r++) {
            int c = 1;
            for (double t : thresholds) {
                if (z[r] > t) {
                    c++;
                }
            }
            out[r] = c;
        }
        return out;
    }
}
