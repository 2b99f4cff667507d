package dev.csimodel.ordinal;

import dev.csimodel.CsiSpecificationException;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bivariate normal CDF against closed forms and an independent one-dimensional integral. */
class BivariateNormalTest {

    /** Closed forms are computed to rounding; the Gauss–Legendre sums of Genz's method reach about 1e-15. */
    static final double CLOSED_FORM_TOL = 2e-15;
    /** The adaptive integral below is converged to about 1e-13. */
    static final double INTEGRAL_TOL = 1e-12;

    private static final double[] RHOS = {-0.9999, -0.99, -0.95, -0.925, -0.8, -0.5, -0.1, 0, 0.2, 0.3, 0.6, 0.75,
        0.9, 0.925, 0.97, 0.999};

    /** Sheppard's formula: Φ₂(0, 0; ρ) = 1/4 + asin(ρ)/(2π), in every branch of the method. */
    @Test
    void quadrantProbabilityIsSheppards() {
        for (double rho : RHOS) {
            assertEquals(0.25 + Math.asin(rho) / (2 * Math.PI), BivariateNormal.cdf(0, 0, rho), CLOSED_FORM_TOL,
                    "rho " + rho);
        }
    }

    @Test
    void independentAndPerfectlyCorrelatedCases() {
        double[][] points = {{-1.3, 0.4}, {0.7, 2.1}, {-2.6, -2.4}, {1.5, -0.2}};
        for (double[] hk : points) {
            double ph = BivariateNormal.phi(hk[0]);
            double pk = BivariateNormal.phi(hk[1]);
            assertEquals(ph * pk, BivariateNormal.cdf(hk[0], hk[1], 0), CLOSED_FORM_TOL);
            assertEquals(Math.min(ph, pk), BivariateNormal.cdf(hk[0], hk[1], 1), CLOSED_FORM_TOL);
            assertEquals(Math.max(0, ph + pk - 1), BivariateNormal.cdf(hk[0], hk[1], -1), CLOSED_FORM_TOL);
        }
    }

    @Test
    void infiniteLimitsGiveTheMargins() {
        assertEquals(0, BivariateNormal.cdf(Double.NEGATIVE_INFINITY, 0.3, 0.5), 0);
        assertEquals(BivariateNormal.phi(0.3), BivariateNormal.cdf(Double.POSITIVE_INFINITY, 0.3, 0.5), 0);
        assertEquals(BivariateNormal.phi(-1.1), BivariateNormal.cdf(-1.1, Double.POSITIVE_INFINITY, -0.7), 0);
    }

    /** Known tail value Φ(−5) = 2.866515718791939e-7 (Abramowitz and Stegun, table 26.1), to 1e-15 relative. */
    @Test
    void univariateTailKeepsRelativePrecision() {
        assertEquals(2.866515718791939e-7, BivariateNormal.phi(-5), 1e-21);
        assertEquals(0.5, BivariateNormal.phi(0), 0);
    }

    /**
     * Against {@code Φ₂(h, k; ρ) = ∫_{−∞}^{h} φ(x) Φ((k − ρx)/sqrt(1 − ρ²)) dx} (condition on X),
     * integrated adaptively over the thresholds of a 0-10 scale and beyond.
     */
    @Test
    void agreesWithTheConditionalIntegral() {
        double[] limits = {-2.65, -1.6, -0.45, 0, 0.3, 1.2, 2.4};
        for (double rho : RHOS) {
            if (Math.abs(rho) >= 0.9999) {
                continue; // the conditional density is too narrow for the adaptive rule
            }
            for (double h : limits) {
                for (double k : limits) {
                    assertEquals(integral(h, k, rho), BivariateNormal.cdf(h, k, rho), INTEGRAL_TOL,
                            "h " + h + " k " + k + " rho " + rho);
                }
            }
        }
    }

    private static double integral(double h, double k, double rho) {
        double s = Math.sqrt(1 - rho * rho);
        IterativeLegendreGaussIntegrator gl = new IterativeLegendreGaussIntegrator(10, 1e-14, 1e-16);
        double sum = 0;
        // pieces of length 0.5 keep each smooth enough for the rule
        for (double a = -12; a < h; a += 0.5) {
            double b = Math.min(h, a + 0.5);
            sum += gl.integrate(100_000, x -> Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)
                    * BivariateNormal.phi((k - rho * x) / s), a, b);
        }
        return sum;
    }

    @Test
    void refusesACorrelationOutsideMinusOneOne() {
        assertThrows(CsiSpecificationException.class, () -> BivariateNormal.cdf(0, 0, 1.0001));
        assertThrows(CsiSpecificationException.class, () -> BivariateNormal.cdf(Double.NaN, 0, 0.5));
    }
}
