/**
 * Ordinal indicators: ordinal PLS and ordinal consistent PLS (OrdPLS, OrdPLSc; Schuberth,
 * Henseler and Dijkstra 2018, Quality &amp; Quantity 52), as cSEM.
 * {@link dev.csimodel.ordinal.OrdinalEstimator} ({@code estimate(model, data) → OrdinalResult})
 * replaces the Pearson correlations by polychoric (two ordinal indicators, Olsson 1979),
 * polyserial (ordinal and continuous, Olsson, Drasgow and Dorans 1982) or Pearson correlations
 * ({@link dev.csimodel.ordinal.IndicatorCorrelations}), with thresholds from each indicator's
 * margins ({@link dev.csimodel.ordinal.OrdinalIndicator}), the bivariate normal distribution of
 * Genz 2004 ({@link dev.csimodel.ordinal.BivariateNormal}), and runs the PLS engine on that matrix.
 * {@link dev.csimodel.ordinal.OrdinalSettings} says which indicators are ordinal.
 *
 * <p>A matrix that is not positive definite is refused
 * ({@link dev.csimodel.ordinal.NotPositiveDefiniteException}) unless smoothing is asked for:
 * eigenvalues below 1e-6 are raised to it and the matrix rescaled to unit diagonal (Wothke 1993;
 * R psych's {@code cor.smooth} does the same with another floor).
 */
package dev.csimodel.ordinal;
