package dev.csimodel.analysis.waves;

import dev.csimodel.bootstrap.Interval;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The change of one construct's 0-100 index from one wave to the next.
 *
 * @param from        the earlier wave
 * @param to          the later wave
 * @param construct   the construct
 * @param before      its index in {@code from}
 * @param after       its index in {@code to}
 * @param change      {@code after − before}
 * @param interval    percentile bootstrap interval of the change; empty when more than half of
 *                    the replicates had no index
 * @param pValue      two-sided permutation p-value of the change,
 *                    {@code (1 + #{|Δ*| ≥ |Δ|}) / (1 + N)}; empty when more than half of the
 *                    permutations had no index
 * @param significant whether {@code pValue < α}; a change that is not significant is reported as such
 */
public record IndexChange(String from, String to, String construct, double before, double after, double change,
                          Optional<Interval> interval, OptionalDouble pValue, boolean significant) {
}
