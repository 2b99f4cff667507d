package dev.csimodel.report;

/**
 * Overall model fit: the discrepancy between the empirical indicator correlations and those
 * implied by the saturated and by the estimated model (Henseler et al. 2014; Dijkstra and
 * Henseler 2015).
 *
 * @param srmrSaturated  standardised root mean square residual, saturated model
 * @param srmrEstimated  SRMR, estimated model
 * @param dUlsSaturated  squared Euclidean distance d_ULS, saturated model
 * @param dUlsEstimated  d_ULS, estimated model
 * @param dGSaturated    geodesic distance d_G, saturated model; null if a matrix is not positive definite
 * @param dGEstimated    d_G, estimated model; null likewise
 */
public record FitEntry(Double srmrSaturated, Double srmrEstimated, Double dUlsSaturated, Double dUlsEstimated,
                       Double dGSaturated, Double dGEstimated) {
}
