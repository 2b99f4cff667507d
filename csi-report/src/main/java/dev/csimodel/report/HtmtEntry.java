package dev.csimodel.report;

/**
 * Heterotrait-monotrait ratio of two constructs (Henseler, Ringle and Sarstedt 2015).
 *
 * @param a     the first construct (model order)
 * @param b     the second construct
 * @param value the ratio (of the correlations named by the report's settings
 *              {@code htmtCorrelations}); null when a block's mean within-block correlation is
 *              not positive
 * @param htmt2 HTMT2, the ratio of geometric means (Roemer, Schuberth and Henseler 2021); null
 *              when a correlation it needs is not positive
 */
public record HtmtEntry(String a, String b, Double value, Double htmt2) {
}
