package dev.csimodel.analysis.rollup;

/**
 * An economic sector and its weight in the national index.
 *
 * @param name     the sector's name
 * @param gdpShare its share of the gross domestic product covered by the programme, in (0, 1];
 *                 the shares of all sectors sum to 1
 */
public record Sector(String name, double gdpShare) {
}
