package dev.csimodel.groups;

/**
 * Bootstrap-based tests of a path difference between two groups A and B, from the model's
 * bootstrap in each group separately (B_A and B_B resamples, standard errors se_A, se_B,
 * estimates β_A, β_B, sizes n_A, n_B). Sarstedt, Henseler and Ringle (2011, Advances in
 * International Marketing 22) compare them.
 */
public enum MgaMethod {
    /**
     * PLS-MGA (Henseler 2007; Henseler, Ringle and Sinkovics 2009, Advances in International
     * Marketing 20): each group's bootstrap values are centred on its estimate (θ* − bias,
     * Sarstedt et al. 2011, eq. 4) and {@code P(β_A ≤ β_B) = mean over all pairs (i, j) of
     * (1 + sign(θ*_B,i − θ*_A,j))/2}. The statistic is that probability; the two-sided p-value
     * is {@code 2 min(P, 1 − P)} (cSEM's left- and right-sided test at α/2).
     */
    HENSELER,
    /**
     * Parametric test with equal variances (Keil et al. 2000, with the pooled standard error of
     * Henseler 2007): {@code t = (β_A − β_B) / (sqrt(((n_A−1)² se_A² + (n_B−1)² se_B²)/(n_A+n_B−2))
     * · sqrt(1/n_A + 1/n_B))}, Student t with n_A + n_B − 2 df, two-sided.
     */
    PARAMETRIC,
    /**
     * Welch-Satterthwaite test with unequal variances (Nitzl 2010; Sarstedt et al. 2011):
     * {@code t = (β_A − β_B) / sqrt((n_A−1)/n_A se_A² + (n_B−1)/n_B se_B²)} with
     * {@code df = ((n_A−1)/n_A se_A² + (n_B−1)/n_B se_B²)² / ((n_A−1)/n_A² se_A⁴ + (n_B−1)/n_B² se_B⁴) − 2}
     * (not rounded, unlike cSEM), two-sided.
     */
    WELCH_SATTERTHWAITE
}
