package dev.csimodel.ordinal;

import dev.csimodel.CsiSpecificationException;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Erf;

/**
 * The standard bivariate normal distribution function
 * {@code Φ₂(h, k; ρ) = P(X ≤ h, Y ≤ k)} for standard normal X, Y with correlation ρ, to about
 * 1e-15 absolute.
 *
 * <p>Method of Drezner and Wesolowsky (1990, "On the computation of the bivariate normal
 * integral", J. Statist. Comput. Simul. 35) as refined by Genz (2004, "Numerical computation of
 * rectangular bivariate and trivariate normal and t probabilities", Statistics and Computing 14,
 * section 2.2), the method of R mvtnorm's bivariate case. For |ρ| &lt; 0.925 Plackett's identity
 * {@code ∂Φ₂/∂ρ = φ₂(h, k; ρ)} is integrated over θ = asin(ρ) with Gauss–Legendre rules of 6, 12
 * or 20 points (more as |ρ| grows):
 * <pre>  P(X &gt; h, Y &gt; k) = Φ(−h)Φ(−k) + (1/2π) ∫₀^{asin ρ} exp(−(h² + k² − 2hk sin θ) / (2cos²θ)) dθ</pre>
 * For |ρ| ≥ 0.925 the integrand is nearly singular; the integral is taken from the other end,
 * ρ = ±1, in the variable {@code x = sqrt(1 − r²)}, whose leading part is integrated in closed
 * form and the remainder by the 20-point rule (Genz 2004, eq. 3 and the expansion after it).
 */
public final class BivariateNormal {

    private static final double TWO_PI = 2 * Math.PI;
    /** Gauss–Legendre nodes and weights on [−1, 1]; 6 points for |ρ| &lt; 0.3, 12 below 0.75, else 20. */
    private static final GaussIntegrator GL6 = new GaussIntegratorFactory().legendreHighPrecision(6);
    private static final GaussIntegrator GL12 = new GaussIntegratorFactory().legendreHighPrecision(12);
    private static final GaussIntegrator GL20 = new GaussIntegratorFactory().legendreHighPrecision(20);

    private BivariateNormal() {
    }

    /**
     * @return the univariate standard normal distribution function Φ(x), from the complementary
     *         error function so that the lower tail keeps its relative precision
     * @param x the argument (±∞ allowed)
     */
    public static double phi(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /**
     * Lower orthant probability {@code Φ₂(h, k; ρ) = P(X ≤ h, Y ≤ k)}; infinite limits allowed.
     *
     * @param h   the upper limit of X
     * @param k   the upper limit of Y
     * @param rho the correlation, in [−1, 1]
     * @return the probability
     * @throws CsiSpecificationException if ρ is outside [−1, 1] or an argument is NaN
     */
    public static double cdf(double h, double k, double rho) {
        if (Double.isNaN(h) || Double.isNaN(k) || !(Math.abs(rho) <= 1)) {
            throw new CsiSpecificationException("bivariate normal CDF needs limits that are numbers and a correlation in "
                    + "[-1, 1], got h = " + h + ", k = " + k + ", rho = " + rho);
        }
        if (h == Double.NEGATIVE_INFINITY || k == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (h == Double.POSITIVE_INFINITY) {
            return phi(k);
        }
        if (k == Double.POSITIVE_INFINITY) {
            return phi(h);
        }
        return lower(h, k, rho, phi(h), phi(k));
    }

    /**
     * {@code Φ₂(h, k; ρ)} for finite h and k whose margins {@code Φ(h)}, {@code Φ(k)} are known
     * (the polychoric likelihood evaluates the same thresholds many times).
     */
    static double lower(double h, double k, double rho, double phiH, double phiK) {
        return upper(-h, -k, rho, phiH, phiK);
    }

    /**
     * Upper orthant {@code P(X > h, Y > k)} for finite h and k, given {@code Φ(−h)} and
     * {@code Φ(−k)} (Genz 2004, BVND).
     */
    private static double upper(double h, double k, double r, double tailH, double tailK) {
        if (Math.abs(r) < 0.925) {
            return moderate(h, k, r) + tailH * tailK;
        }
        return strong(h, k, r, tailH, tailK);
    }

    /** |ρ| &lt; 0.925: Gauss–Legendre over θ in [0, asin ρ]; the integral part only. */
    private static double moderate(double h, double k, double r) {
        GaussIntegrator rule = Math.abs(r) < 0.3 ? GL6 : Math.abs(r) < 0.75 ? GL12 : GL20;
        double hk = h * k;
        double hs = (h * h + k * k) / 2;
        double asr = Math.asin(r);
        double sum = 0;
        for (int i = 0; i < rule.getNumberOfPoints(); i++) {
            double sn = Math.sin(asr * (rule.getPoint(i) + 1) / 2);
            sum += rule.getWeight(i) * Math.exp((sn * hk - hs) / (1 - sn * sn));
        }
        return sum * asr / (2 * TWO_PI);
    }

    /**
     * |ρ| ≥ 0.925: the probability at ρ = sign(ρ)·1 minus the integral from ρ to ±1, whose
     * singular part is integrated analytically (Drezner and Wesolowsky 1990; Genz 2004).
     */
    private static double strong(double h, double k, double r, double tailH, double tailK) {
        if (r < 0) {
            k = -k;
        }
        double hk = h * k;
        double bvn = 0;
        if (Math.abs(r) < 1) {
            double as = (1 - r) * (1 + r);
            double a = Math.sqrt(as);
            double bs = (h - k) * (h - k);
            double c = (4 - hk) / 8;
            double d = (12 - hk) / 16;
            double asr = -(bs / as + hk) / 2;
            if (asr > -100) {
                bvn = a * Math.exp(asr) * (1 - c * (bs - as) * (1 - d * bs / 5) / 3 + c * d * as * as / 5);
            }
            if (-hk < 100) {
                double b = Math.sqrt(bs);
                bvn -= Math.exp(-hk / 2) * Math.sqrt(TWO_PI) * phi(-b / a) * b * (1 - c * bs * (1 - d * bs / 5) / 3);
            }
            bvn += remainder(hk, bs, c, d, a / 2);
            bvn = -bvn / TWO_PI;
        }
        if (r > 0) {
            return bvn + Math.min(tailH, tailK); // Φ(−max(h, k))
        }
        bvn = -bvn;
        if (k > h) {
            // P(h < X < −k) for the original k: Φ(−k) − Φ(h) = tailK + tailH − 1
            bvn += tailH + tailK - 1;
        }
        return bvn;
    }

    /** The non-singular rest of the |ρ| ≥ 0.925 integral, by the 20-point rule on [0, 2·halfA]. */
    private static double remainder(double hk, double bs, double c, double d, double halfA) {
        double sum = 0;
        for (int i = 0; i < GL20.getNumberOfPoints(); i++) {
            double x = halfA * (GL20.getPoint(i) + 1);
            double xs = x * x;
            double rs = Math.sqrt(1 - xs);
            double asr = -(bs / xs + hk) / 2;
            if (asr > -100) {
                sum += halfA * GL20.getWeight(i) * Math.exp(asr)
                        * (Math.exp(-hk * xs / (2 * (1 + rs) * (1 + rs))) / rs - (1 + c * xs * (1 + d * xs)));
            }
        }
        return sum;
    }
}
