package dev.csimodel.ordinal;

/**
 * Two-step ("ad hoc") polyserial correlation of a continuous x and an ordinal y with c
 * categories (Olsson, Drasgow and Dorans 1982, "The polyserial correlation coefficient",
 * Psychometrika 47(3), eq. 11; R polycor's {@code polyserial(ML = FALSE)}):
 * <pre>  ρ̂ = r(x, y) · s_y / Σ_{j=1}^{c−1} φ(τ_j)</pre>
 * with r the Pearson correlation of x and the category ranks y = 1 … c, s_y the population
 * standard deviation of the ranks and τ_j the thresholds of y. The formula follows from the
 * regression of the ranks on the latent response: E(y | latent z) jumps by one at each τ_j, so
 * cov(x, y) = ρ·σ_x·Σ φ(τ_j). Clamped to ±0.9999 as polycor does.
 */
final class Polyserial {

    private Polyserial() {
    }

    /**
     * @param x      the continuous indicator
     * @param codes  the 0-based category codes of the ordinal one
     * @param y      the ordinal indicator (its thresholds)
     * @return the estimate, within ±{@link Polychoric#MAX_CORRELATION}
     */
    static double estimate(double[] x, int[] codes, OrdinalIndicator y) {
        double[] ranks = new double[codes.length];
        for (int r = 0; r < codes.length; r++) {
            ranks[r] = codes[r] + 1;
        }
        double density = 0;
        for (double tau : y.thresholds()) {
            density += Math.exp(-tau * tau / 2) / Math.sqrt(2 * Math.PI);
        }
        double rho = Pearson.correlation(x, ranks) * Pearson.sd(ranks) / density;
        return Math.max(-Polychoric.MAX_CORRELATION, Math.min(Polychoric.MAX_CORRELATION, rho));
    }
}
