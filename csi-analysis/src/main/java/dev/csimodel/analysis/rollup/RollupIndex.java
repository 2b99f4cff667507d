package dev.csimodel.analysis.rollup;

import dev.csimodel.bootstrap.Interval;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The 0-100 index of one construct at one node of the hierarchy.
 *
 * @param level         the node's level
 * @param name          the node's name (the company, industry or sector; "national" for the nation)
 * @param construct     the construct
 * @param value         the index
 * @param standardError the bootstrap standard error; empty without bootstrap or when too many
 *                      replicates failed
 * @param interval      the bootstrap percentile interval at the settings' level; empty likewise
 */
public record RollupIndex(Level level, String name, String construct, double value, OptionalDouble standardError,
                          Optional<Interval> interval) {
}
