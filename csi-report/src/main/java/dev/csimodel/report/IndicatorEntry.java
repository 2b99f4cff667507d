package dev.csimodel.report;

/**
 * One indicator's results.
 *
 * @param name        the indicator (data column)
 * @param construct   its construct
 * @param weight      outer weight
 * @param loading     loading (correlation with its construct's scores)
 * @param communality squared loading
 * @param redundancy  communality × R² of its construct; null if the construct is exogenous
 * @param vif         variance inflation factor within its block
 */
public record IndicatorEntry(String name, String construct, Double weight, Double loading, Double communality,
                             Double redundancy, Double vif) {
}
