package dev.csimodel.ordinal;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolychoricTest {

    /**
     * Median splits (thresholds 0): the cell probabilities are 1/4 ± asin(ρ)/(2π), so the
     * likelihood is maximal at ρ = cos(π (b + c) / n), b and c the discordant counts (the
     * classic cos-π tetrachoric, exact here). Table [[4, 1], [1, 4]]: ρ = cos(0.2π) = 0.8090169943749475.
     */
    @Test
    void medianSplitTetrachoricIsTheCosPiFormula() {
        double[] cuts = {Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY};
        Polychoric.Estimate e = Polychoric.estimate(new int[][] {{4, 1}, {1, 4}}, cuts, cuts);
        assertEquals(Math.cos(0.2 * Math.PI), e.rho(), 1e-9);
        Polychoric.Estimate neg = Polychoric.estimate(new int[][] {{2, 8}, {8, 2}}, cuts, cuts);
        assertEquals(Math.cos(0.8 * Math.PI), neg.rho(), 1e-9);
        assertTrue(e.evaluations() > 0);
        assertFalse(e.atBound());
    }

    /** The maximum is a maximum: the log-likelihood is lower a little to either side. */
    @Test
    void estimateMaximisesTheLogLikelihood() {
        double[] rows = {Double.NEGATIVE_INFINITY, -0.9, 0.1, 1.0, Double.POSITIVE_INFINITY};
        double[] cols = {Double.NEGATIVE_INFINITY, -0.5, 0.7, Double.POSITIVE_INFINITY};
        int[][] n = {{9, 4, 1}, {6, 12, 5}, {2, 9, 11}, {0, 3, 8}};
        Polychoric.Estimate e = Polychoric.estimate(n, rows, cols);
        double at = Polychoric.logLikelihood(n, rows, cols, e.rho());
        assertEquals(at, e.logLikelihood(), 1e-12);
        assertTrue(at > Polychoric.logLikelihood(n, rows, cols, e.rho() - 1e-4));
        assertTrue(at > Polychoric.logLikelihood(n, rows, cols, e.rho() + 1e-4));
    }

    /**
     * Discretised bivariate normal data with ρ = 0.6 (n = 20000, seed 15): the two-step estimate
     * is within 0.03 of the truth (its standard error is about 0.007), while the Pearson
     * correlation of the five category codes is attenuated well below it.
     */
    @Test
    void recoversTheLatentCorrelationOfDiscretisedNormals() {
        double[][] z = OrdinalSimulation.bivariate(20_000, 0.6, new SplittableRandom(15));
        double[] cutsX = {-1.2, -0.3, 0.5, 1.4};
        double[] cutsY = {-0.8, 0.0, 0.9, 1.8};
        double[] x = OrdinalSimulation.discretise(z[0], cutsX);
        double[] y = OrdinalSimulation.discretise(z[1], cutsY);
        OrdinalIndicator ox = OrdinalIndicator.of("x", x, 20);
        OrdinalIndicator oy = OrdinalIndicator.of("y", y, 20);
        int[][] n = Polychoric.table(ox.codes(x), oy.codes(y), 5, 5);
        double rho = Polychoric.estimate(n, ox.cutPoints(), oy.cutPoints()).rho();
        assertEquals(0.6, rho, 0.03);
        assertTrue(Pearson.correlation(x, y) < 0.57, "Pearson of codes " + Pearson.correlation(x, y));
    }
}
