package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;

/**
 * Settings of the permutation tests of a multi-group comparison. Immutable; change one setting
 * with a wither: {@code PermutationSettings.defaults().withPermutations(5000).withSeed(7)}.
 *
 * @param permutations number N of random relabellings, at least 1; default 1000 (Chin and
 *                     Dibbern 2010 use 1000; Henseler et al. 2016 recommend at least 1000 for
 *                     MICOM). The smallest attainable p-value is 1/(N+1)
 * @param seed         seed: permutation b draws from its own generator seeded by
 *                     {@code (seed, pair, b)}, so the result does not depend on the order or
 *                     threads in which permutations run; default 1
 * @param alpha        significance level: MICOM step 2 compares c with the α-quantile of its
 *                     permutation distribution, step 3 uses the central 1−α permutation
 *                     interval; default 0.05
 * @param parallel     run permutations on the common fork-join pool (the result is the same
 *                     either way); default false
 */
public record PermutationSettings(int permutations, long seed, double alpha, boolean parallel) {

    private static final PermutationSettings DEFAULTS = new PermutationSettings(1000, 1L, 0.05, false);

    /**
     * Checks that there is at least one permutation and that α lies strictly between 0 and 1.
     * @param permutations number N of random relabellings, at least 1; default 1000 (Chin and
     * Dibbern 2010 use 1000; Henseler et al. 2016 recommend at least 1000 for
     * MICOM). The smallest attainable p-value is 1/(N+1)
     * @param seed seed: permutation b draws from its own generator seeded by
     * {@code (seed, pair, b)}, so the result does not depend on the order or
     * threads in which permutations run; default 1
     * @param alpha significance level: MICOM step 2 compares c with the α-quantile of its
     * permutation distribution, step 3 uses the central 1−α permutation
     * interval; default 0.05
     * @param parallel run permutations on the common fork-join pool (the result is the same
     * either way); default false
     */
    public PermutationSettings {
        if (permutations < 1) {
            throw new CsiSpecificationException("permutations must be at least 1, got " + permutations);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new CsiSpecificationException("alpha must lie strictly between 0 and 1, got " + alpha);
        }
    }

    /** @return 1000 permutations, seed 1, α = 0.05, sequential */
    public static PermutationSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with {@code permutations} replaced.
     * @param value the new {@code permutations}: number N of random relabellings, at least 1; default 1000 (Chin and
     * Dibbern 2010 use 1000; Henseler et al. 2016 recommend at least 1000 for
     * MICOM). The smallest attainable p-value is 1/(N+1)
     * @return the new settings
     */
    public PermutationSettings withPermutations(int value) {
        return new PermutationSettings(value, seed, alpha, parallel);
    }

    /**
     * Returns a copy with {@code seed} replaced.
     * @param value the new {@code seed}: seed: permutation b draws from its own generator seeded by
     * {@code (seed, pair, b)}, so the result does not depend on the order or
     * threads in which permutations run; default 1
     * @return the new settings
     */
    public PermutationSettings withSeed(long value) {
        return new PermutationSettings(permutations, value, alpha, parallel);
    }

    /**
     * Returns a copy with {@code alpha} replaced.
     * @param value the new {@code alpha}: significance level: MICOM step 2 compares c with the α-quantile of its
     * permutation distribution, step 3 uses the central 1−α permutation
     * interval; default 0.05
     * @return the new settings
     */
    public PermutationSettings withAlpha(double value) {
        return new PermutationSettings(permutations, seed, value, parallel);
    }

    /**
     * Returns a copy with {@code parallel} replaced.
     * @param value the new {@code parallel}: run permutations on the common fork-join pool (the result is the same
     * either way); default false
     * @return the new settings
     */
    public PermutationSettings withParallel(boolean value) {
        return new PermutationSettings(permutations, seed, alpha, value);
    }
}
