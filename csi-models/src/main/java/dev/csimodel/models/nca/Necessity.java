package dev.csimodel.models.nca;

/**
 * Whether a driver is a necessary condition of the target in a cIPMA: in Hauff et al. (2024)
 * and Richter et al. (2020) a condition is necessary in degree when its effect size reaches a
 * minimum (0.1, Dul's "medium") and the permutation test rejects independence (p &lt; α).
 */
public enum Necessity {
    /** {@code d ≥ minimum} and {@code p < α}. */
    NECESSARY,
    /** {@code d < minimum}, or {@code p ≥ α}. */
    NOT_NECESSARY,
    /** {@code d ≥ minimum} but no permutation test was run: significance unknown. */
    UNTESTED
}
