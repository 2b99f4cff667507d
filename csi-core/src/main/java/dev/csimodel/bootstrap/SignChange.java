package dev.csimodel.bootstrap;

/**
 * How resample estimates are aligned with the original estimate's signs before the bootstrap
 * statistics are computed (Tenenhaus et al. 2005, section 4.4). A PLS construct is defined only
 * up to its sign: a resample may return a construct mirrored, which inflates the standard errors
 * of everything attached to it. {@link dev.csimodel.estimate.PlsEstimator} already orients each
 * block towards the majority of its indicators, so these options matter for blocks without a
 * clear majority (e.g. reverse-keyed items).
 */
public enum SignChange {
    /** Resample estimates are used as estimated (plspm, seminr). */
    NONE,
    /**
     * Individual sign changes: each resample estimate of an outer weight, loading, path
     * coefficient or total effect takes the sign of its original estimate, {@code θ*_b ←
     * sign(θ̂)|θ*_b|}. Simple but optimistic: it also removes genuine sign uncertainty.
     */
    INDIVIDUAL,
    /**
     * Construct-level changes: a construct is flipped in a resample when its loadings are closer
     * to the mirrored original than to the original, {@code Σ_h |λ_h + λ*_h| < Σ_h |λ_h − λ*_h|}.
     * Tenenhaus et al. compare the signed sums {@code |Σ(λ + λ*)|} and {@code |Σ(λ − λ*)|}; the
     * element-wise form is used here because signed sums cancel in blocks with reverse-keyed
     * indicators. A flipped construct negates its weights and loadings and every path coefficient
     * and total effect it takes part in (as cause or effect, so a link between two flipped
     * constructs keeps its sign); R² and HTMT are sign-free.
     */
    CONSTRUCT_LEVEL
}
