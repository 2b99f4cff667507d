package dev.csimodel.models.nca;

import dev.csimodel.CsiSpecificationException;

/**
 * Settings of a necessary condition analysis. Immutable; change one with a wither:
 * {@code NcaSettings.defaults().withPermutations(10_000).withSeed(7)}.
 *
 * @param permutations  N, the permutations of the approximate permutation test of d (Dul, van
 *                      der Laan and Kuik 2020); 0 for no test (p-values absent). Default 1000
 * @param seed          seed: permutation b draws from its own generator seeded by
 *                      {@code (seed, b)}, so the result does not depend on threads; default 1
 * @param scope         empirical (Dul 2016's default) or theoretical 0-100; default empirical
 * @param steps         the bottleneck table's outcome steps (levels 0, 1/steps, …, 1 of the
 *                      range); default 10, the NCA package's
 * @param outcomeUnit   how the table states outcome levels; default percent of range (NCA's)
 * @param conditionUnit how the table states condition levels; default percent of range (NCA's)
 * @param parallel      run permutations on the common fork-join pool (same result); default false
 */
public record NcaSettings(int permutations, long seed, ScopeKind scope, int steps, BottleneckUnit outcomeUnit,
                          BottleneckUnit conditionUnit, boolean parallel) {

    /** The most permutations accepted: a typo guard (Dul et al. 2020 use 10,000). */
    public static final int MAX_PERMUTATIONS = 1_000_000;

    private static final NcaSettings DEFAULTS = new NcaSettings(1000, 1L, ScopeKind.EMPIRICAL, 10,
            BottleneckUnit.PERCENTAGE_OF_RANGE, BottleneckUnit.PERCENTAGE_OF_RANGE, false);
    /**
     * Checks the counts and that no setting is null.
     *
     * @param permutations N, the permutations of the approximate permutation test of d (Dul, van der Laan and Kuik 2020); 0 for no test (p-values absent). Default 1000
     * @param seed seed: permutation b draws from its own generator seeded by {@code (seed, b)}, so the result does not depend on threads; default 1
     * @param scope empirical (Dul 2016's default) or theoretical 0-100; default empirical
     * @param steps the bottleneck table's outcome steps (levels 0, 1/steps, …, 1 of the range); default 10, the NCA package's
     * @param outcomeUnit how the table states outcome levels; default percent of range (NCA's)
     * @param conditionUnit how the table states condition levels; default percent of range (NCA's)
     * @param parallel run permutations on the common fork-join pool (same result); default false
     */
    public NcaSettings {
        if (permutations < 0 || permutations > MAX_PERMUTATIONS) {
            throw new CsiSpecificationException("NCA permutations must lie between 0 and " + MAX_PERMUTATIONS
                    + ", got " + permutations);
        }
        if (steps < 1 || steps > 1000) {
            throw new CsiSpecificationException("bottleneck steps must lie between 1 and 1000, got " + steps);
        }
        if (scope == null || outcomeUnit == null || conditionUnit == null) {
            throw new CsiSpecificationException("NCA settings: scope and units must not be null");
        }
    }

    /** @return 1000 permutations, seed 1, empirical scope, 10 steps in percent of range, sequential */
    public static NcaSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @param value the number of permutations of the test of d (0: no test)
     * @return a copy with {@code permutations} replaced (0: no test)
     */
    public NcaSettings withPermutations(int value) {
        return new NcaSettings(value, seed, scope, steps, outcomeUnit, conditionUnit, parallel);
    }

    /**
     * @param value the seed of the permutations
     * @return a copy with {@code seed} replaced
     */
    public NcaSettings withSeed(long value) {
        return new NcaSettings(permutations, value, scope, steps, outcomeUnit, conditionUnit, parallel);
    }

    /**
     * @param value the scope: the observed ranges (empirical) or the 0-100 bounds (theoretical)
     * @return a copy with {@code scope} replaced
     */
    public NcaSettings withScope(ScopeKind value) {
        return new NcaSettings(permutations, seed, value, steps, outcomeUnit, conditionUnit, parallel);
    }

    /**
     * @param value the number of steps of the bottleneck table (10: levels 0, 10, ..., 100)
     * @return a copy with {@code steps} replaced
     */
    public NcaSettings withSteps(int value) {
        return new NcaSettings(permutations, seed, scope, value, outcomeUnit, conditionUnit, parallel);
    }

    /**
     * @param outcome the unit of the outcome levels of the bottleneck table
     * @param condition the unit of the required condition levels
     * @return a copy with both bottleneck units replaced
     */
    public NcaSettings withUnits(BottleneckUnit outcome, BottleneckUnit condition) {
        return new NcaSettings(permutations, seed, scope, steps, outcome, condition, parallel);
    }

    /**
     * @param value true to run the permutations on the common fork-join pool (same p-values)
     * @return a copy with {@code parallel} replaced
     */
    public NcaSettings withParallel(boolean value) {
        return new NcaSettings(permutations, seed, scope, steps, outcomeUnit, conditionUnit, value);
    }

    /** @return true if the permutation test is run */
    public boolean tested() {
        return permutations > 0;
    }
}
