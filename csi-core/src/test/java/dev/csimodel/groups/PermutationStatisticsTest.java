package dev.csimodel.groups;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PermutationStatisticsTest {

    static final double TOL = 1e-15;

    @Test
    void pValuesCountTheObservedLabelling() {
        double[] perm = {0.1, -0.5, 0.3, -0.2};
        // |t*| ≥ 0.3: -0.5 and 0.3 → (1 + 2)/(1 + 4)
        assertEquals(3.0 / 5, PermutationStatistics.twoSided(perm, -0.3), TOL);
        // t* ≤ -0.2: -0.5 and -0.2 → (1 + 2)/5
        assertEquals(3.0 / 5, PermutationStatistics.lowerTail(perm, -0.2), TOL);
        assertEquals(1.0 / 5, PermutationStatistics.twoSided(perm, 0.9), TOL);
    }

    @Test
    void quantileInterpolatesLikeRType7() {
        double[] v = {4, 1, 3, 2, 5};
        // sorted 1..5, h = 4p: p = 0.05 → h = 0.2 → 1 + 0.2·(2 − 1) = 1.2
        assertEquals(1.2, PermutationStatistics.quantile(v, 0.05), 1e-12);
        // p = 0.975 → h = 3.9 → 4 + 0.9·(5 − 4) = 4.9
        assertEquals(4.9, PermutationStatistics.quantile(v, 0.975), 1e-12);
        assertEquals(3.0, PermutationStatistics.quantile(v, 0.5), TOL);
    }
}
