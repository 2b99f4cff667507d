package dev.csimodel.analysis.waves;

import dev.csimodel.groups.PairComparison;

/**
 * The path changes and MICOM between two consecutive waves.
 *
 * @param from       the earlier wave
 * @param to         the later wave
 * @param comparison the permutation test with group A = {@code to}, B = {@code from}: each
 *                   {@link dev.csimodel.groups.PathDifference#difference()} is the later
 *                   coefficient minus the earlier one; {@link PairComparison#micom()} says
 *                   which composites are invariant enough to compare
 */
public record WavePaths(String from, String to, PairComparison comparison) {
}
