package dev.csimodel.ordinal;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PolyserialTest {

    /**
     * x = 1 … 6, y = 0 0 1 0 1 1 (ranks 1 1 2 1 2 2): deviations give Σdxdy = 3.5, Σdx² = 17.5,
     * Σdy² = 1.5, so r = 3.5 / sqrt(26.25) = 0.6831300510639732; s_y = 0.5 and the one
     * threshold is Φ⁻¹(1/2) = 0 with φ(0) = 1/sqrt(2π): ρ = r · 0.5 · sqrt(2π) = 0.8561811...
     */
    @Test
    void adHocEstimatorByHand() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {0, 0, 1, 0, 1, 1};
        OrdinalIndicator o = OrdinalIndicator.of("y", y, 20);
        double r = 3.5 / Math.sqrt(17.5 * 1.5);
        assertEquals(r * 0.5 * Math.sqrt(2 * Math.PI), Polyserial.estimate(x, o.codes(y), o), 1e-14);
    }

    @Test
    void clampedAtTheBoundLikePolycor() {
        double[] x = {1, 2, 3, 4};
        double[] y = {0, 0, 1, 1};
        OrdinalIndicator o = OrdinalIndicator.of("y", y, 20);
        // r = 2/sqrt(5), s_y = 1/2: 0.894 · 0.5 · 2.5066 = 1.12, beyond 1
        assertEquals(0.9999, Polyserial.estimate(x, o.codes(y), o), 0);
    }

    /** Continuous x and a discretised y of correlation −0.45 (n = 20000, seed 7): within 0.03. */
    @Test
    void recoversTheLatentCorrelation() {
        double[][] z = OrdinalSimulation.bivariate(20_000, -0.45, new SplittableRandom(7));
        double[] y = OrdinalSimulation.discretise(z[1], new double[] {-1.0, 0.2, 1.1});
        OrdinalIndicator o = OrdinalIndicator.of("y", y, 20);
        assertEquals(-0.45, Polyserial.estimate(z[0], o.codes(y), o), 0.03);
    }
}
