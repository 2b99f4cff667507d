package dev.csimodel.segmentation.pos;

/**
 * Which log-likelihood of a PLS-POS partition the retention criteria use. Both evaluate FIMIX-PLS's
 * segment-wise normal regression model on the whole sample's composite scores, with the
 * parameters estimated from the hard partition (per segment: no-intercept least-squares paths,
 * error variances RSS/n_k, shares ρ_k = n_k/n), and both count FIMIX's parameters.
 */
public enum PosLikelihood {
    /**
     * The mixture likelihood at the partition's parameters, lnL = Σ_i ln Σ_k ρ_k f_k(η_i): the
     * likelihood FIMIX-PLS maximises, so the criteria compare with FIMIX's. The default: on
     * simulated data it chose the right K for one, two and three segments, where the classification
     * likelihood chose K = 1 for three.
     */
    MIXTURE,
    /**
     * The classification likelihood lnL = Σ_i ln(ρ_{k(i)} f_{k(i)}(η_i)), which charges every row the
     * full ln ρ of its segment (so it favours K = 1 unless the segments are far apart).
     */
    CLASSIFICATION
}
