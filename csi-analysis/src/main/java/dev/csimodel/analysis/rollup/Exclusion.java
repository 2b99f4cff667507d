package dev.csimodel.analysis.rollup;

/**
 * A node of the hierarchy that has no index, and why (too few respondents, an estimation that
 * failed, no company with an index below it).
 *
 * @param level       the node's level
 * @param name        the node's name
 * @param respondents its number of respondents (companies only; the sum of its companies' otherwise)
 * @param reason      why it has no index
 */
public record Exclusion(Level level, String name, int respondents, String reason) {
}
