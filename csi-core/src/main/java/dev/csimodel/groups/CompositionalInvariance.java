package dev.csimodel.groups;

/**
 * MICOM step 2, compositional invariance of one composite (Henseler, Ringle and Sarstedt 2016).
 *
 * <p>{@code c = corr(Z w_A, Z w_B)}: the correlation of the composite built on the pooled,
 * pooled-standardised indicators Z with the weights estimated in group A and in group B. It
 * is computed from the pooled correlation matrix S of the block as
 * {@code c = w_A'S w_B / sqrt(w_A'S w_A · w_B'S w_B)}. Compositional invariance holds when c is
 * not below the α-quantile of its permutation distribution; {@code p = (1 + #{c* ≤ c})/(1 + N)}.
 *
 * @param construct the composite
 * @param c         the observed correlation
 * @param quantile  the α-quantile of the permutation distribution of c
 * @param pValue    the one-sided permutation p-value
 */
public record CompositionalInvariance(String construct, double c, double quantile, double pValue) {

    /** @return true if compositional invariance holds: {@code c ≥ quantile} */
    public boolean invariant() {
        return c >= quantile;
    }
}
