package dev.csimodel.cli.report;

/**
 * Heterotrait-monotrait ratio of two constructs (Henseler, Ringle and Sarstedt 2015).
 *
 * @param a     the first construct (model order)
 * @param b     the second construct
 * @param value the ratio; null when a block has a single indicator
 */
public record HtmtEntry(String a, String b, Double value) {
}
