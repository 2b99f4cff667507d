package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.bootstrap.StatisticKey;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bootstrap-based multi-group tests: the formulas by hand, power against a known group
 * difference and the rejection rate without one.
 */
class BootstrapGroupComparisonTest {

    /** Closed-form statistics vs the same formulas written out: rounding only. */
    static final double TOL = 1e-12;
    static final double ALPHA = 0.05;
    /** Null simulation: seeds and per-group resamples (2·160·150 small estimates, a few seconds). */
    static final int NULL_SEEDS = 160;
    static final int NULL_RESAMPLES = 150;
    /**
     * Accepted rejection rates at nominal 0.05 over 160 seeds: the binomial SD is
     * sqrt(0.05·0.95/160) = 0.017, so [0.005, 0.11] is about −2.6 to +3.5 SD (the bootstrap
     * tests are approximate; the upper end allows for their known slight liberality).
     */
    static final double MIN_RATE = 0.005;
    static final double MAX_RATE = 0.11;

    static BootstrapSettings settings(int resamples, long seed) {
        return BootstrapSettings.defaults().withResamples(resamples).withSeed(seed).withThreads(2)
                .withIntervals(IntervalMethod.PERCENTILE);
    }

    static DataTable twoGroups(int n, double betaA, double betaB, long seed) {
        DataTable a = GroupData.simulate(n, betaA, seed);
        DataTable b = GroupData.simulate(n, betaB, seed + 7919);
        List<String> cols = a.columnNames();
        double[][] columns = new double[cols.size()][];
        for (int j = 0; j < cols.size(); j++) {
            columns[j] = DoubleStream.concat(Arrays.stream(a.column(cols.get(j))), Arrays.stream(b.column(cols.get(j))))
                    .toArray();
        }
        return DataTable.ofColumns(cols, columns);
    }

    static String[] labels(int n) {
        String[] out = new String[2 * n];
        Arrays.fill(out, 0, n, "A");
        Arrays.fill(out, n, 2 * n, "B");
        return out;
    }

    @Test
    void henselerProbabilityCountsPairsAndTiesHalf() {
        // b − a over the pairs: 1, 2, 0, 1 -> (1 + sign)/2 = 1, 1, 0.5, 1 -> 3.5 / 4
        assertEquals(0.875, MgaStatistics.henselerProbability(new double[]{1, 2}, new double[]{2, 3}), TOL);
        assertEquals(0.0, MgaStatistics.henselerProbability(new double[]{5, 6}, new double[]{1, 2}), TOL);
        // centring: mean 2 shifted onto the estimate 0.5
        assertEquals(List.of(-0.5, 1.5), Arrays.stream(MgaStatistics.centred(new double[]{1, 3}, 0.5)).boxed().toList());
    }

    @Test
    void parametricAndWelchStatisticsByHand() {
        int na = 100;
        int nb = 50;
        double seA = 0.05;
        double seB = 0.08;
        List<MgaTest> t = MgaStatistics.tests(0.6, new double[]{0.5, 0.7}, seA, na, 0.4, new double[]{0.3, 0.5}, seB, nb);
        double pooled = Math.sqrt((99.0 * 99 * 0.0025 + 49.0 * 49 * 0.0064) / 148) * Math.sqrt(1.0 / 100 + 1.0 / 50);
        assertEquals(0.2 / pooled, t.get(1).statistic(), TOL);
        assertEquals(148, t.get(1).df().orElseThrow(), TOL);
        assertEquals(2 * new TDistribution(148).cumulativeProbability(-0.2 / pooled), t.get(1).pValue(), TOL);
        double va = 0.99 * 0.0025;
        double vb = 0.98 * 0.0064;
        double df = (va + vb) * (va + vb) / (99.0 / 10000 * Math.pow(seA, 4) + 49.0 / 2500 * Math.pow(seB, 4)) - 2;
        assertEquals(0.2 / Math.sqrt(va + vb), t.get(2).statistic(), TOL);
        assertEquals(df, t.get(2).df().orElseThrow(), TOL);
        assertEquals(MgaMethod.HENSELER, t.get(0).method());
        assertTrue(t.get(0).df().isEmpty());
    }

    @Test
    void aKnownDifferenceIsFoundByEveryTest() {
        // composites of three items of reliability 0.64 have reliability 0.84: the population
        // difference of the composite paths is about 0.84·(0.7 − 0.1) = 0.5, with an SE of about
        // 0.07 at n = 200 per group, i.e. some 7 SE
        int n = 200;
        BootstrapGroupResult r = new BootstrapGroupComparison(PlsSettings.defaults(), settings(300, 1))
                .compare(GroupData.twoConstructs(), twoGroups(n, 0.7, 0.1, 42), labels(n));
        BootstrapPathDifference d = r.pair().path("X", "Y");
        assertEquals(0.5, d.difference(), 0.25, "difference");
        for (MgaMethod m : MgaMethod.values()) {
            assertTrue(d.test(m).pValue() < 0.001, m + " p = " + d.test(m).pValue());
        }
        assertEquals(r.group("A").path("X", "Y").stdError(), d.stdErrorA(), 0.0);
        assertEquals(r.group("A").estimate(StatisticKey.path("X", "Y")).original(), d.estimateA(), 0.0);
        assertEquals(List.of("A", "B"), r.groups());
    }

    @Test
    void withoutADifferenceTheRejectionRateIsNearNominal() {
        int n = 100;
        PathModel model = GroupData.twoConstructs();
        int[] rejected = new int[MgaMethod.values().length];
        for (int s = 0; s < NULL_SEEDS; s++) {
            BootstrapPathDifference d = new BootstrapGroupComparison(PlsSettings.defaults(),
                    settings(NULL_RESAMPLES, 1000 + s)).compare(model, twoGroups(n, 0.4, 0.4, 5000L + 31L * s), labels(n))
                    .pair().path("X", "Y");
            for (MgaMethod m : MgaMethod.values()) {
                rejected[m.ordinal()] += d.test(m).pValue() < ALPHA ? 1 : 0;
            }
        }
        for (MgaMethod m : MgaMethod.values()) {
            double rate = (double) rejected[m.ordinal()] / NULL_SEEDS;
            assertTrue(rate >= MIN_RATE && rate <= MAX_RATE, m + " rejected " + rate);
        }
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        int n = 80;
        DataTable data = twoGroups(n, 0.5, 0.3, 9);
        BootstrapPairComparison one = new BootstrapGroupComparison(PlsSettings.defaults(),
                settings(100, 3).withThreads(1)).compare(GroupData.twoConstructs(), data, labels(n)).pair();
        BootstrapPairComparison four = new BootstrapGroupComparison(PlsSettings.defaults(),
                settings(100, 3).withThreads(4)).compare(GroupData.twoConstructs(), data, labels(n)).pair();
        assertEquals(one, four);
    }

    @Test
    void unknownPathsAndGroupsAreRejected() {
        int n = 60;
        BootstrapGroupResult r = new BootstrapGroupComparison(PlsSettings.defaults(), settings(20, 1))
                .compare(GroupData.twoConstructs(), twoGroups(n, 0.5, 0.5, 1), labels(n));
        assertThrows(CsiSpecificationException.class, () -> r.pair().path("Y", "X"));
        assertThrows(CsiSpecificationException.class, () -> r.group("C"));
        assertThrows(CsiSpecificationException.class, () -> r.pair("B", "A"));
    }
}
