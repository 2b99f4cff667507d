package dev.csimodel.bootstrap;

/**
 * Bootstrap confidence interval constructions (Efron and Tibshirani 1993; Davison and Hinkley
 * 1997, chapter 5). With level {@code 1 − α}, {@code q(u)} the u-quantile of the resample
 * estimates and θ̂ the original estimate:
 */
public enum IntervalMethod {
    /** Percentile interval {@code [q(α/2), q(1 − α/2)]} (Efron and Tibshirani 1993, eq. 13.5). */
    PERCENTILE,
    /**
     * Basic (reverse percentile) interval {@code [2θ̂ − q(1 − α/2), 2θ̂ − q(α/2)]} (Davison and
     * Hinkley 1997, eq. 5.6).
     */
    BASIC,
    /**
     * Bias-corrected and accelerated interval {@code [q(α₁), q(α₂)]} with
     * {@code α_i = Φ(z₀ + (z₀ + z_i)/(1 − a(z₀ + z_i)))}, {@code z₁ = Φ⁻¹(α/2)},
     * {@code z₂ = Φ⁻¹(1 − α/2)}, bias correction {@code z₀ = Φ⁻¹(#{θ*_b < θ̂}/B)} and the
     * jackknife acceleration {@code a = Σ(θ̄₍.₎ − θ₍ᵢ₎)³ / (6 [Σ(θ̄₍.₎ − θ₍ᵢ₎)²]^{3/2})} over the
     * n leave-one-out estimates (Efron and Tibshirani 1993, eqs. 14.10, 14.14, 14.15). Requesting
     * it costs n extra estimations.
     */
    BCA
}
