package dev.csimodel.models.nca;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.ConstructScores;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seven cases whose ceilings are worked out by hand:
 * (1,1) (2,4) (3,2) (4,6) (5,3) (6,5) (7,8). Empirical scope [1,7] × [1,8], area 6·7 = 42.
 *
 * <p>CE-FDH peers (no case to the upper left): (1,1) (2,4) (4,6) (7,8); the step function is
 * 1 on [1,2), 4 on [2,4), 6 on [4,7), 8 at 7. Zone = ∫(8 − c) = 1·7 + 2·4 + 3·2 = 21, d = 0.5.
 *
 * <p>CR-FDH: OLS through the four peers, x̄ = 3.5, ȳ = 4.75, Sxx = 21, Sxy = 22.5, slope 15/14,
 * intercept 4.75 − 3.5·15/14 = 1. The line meets y = 8 at x = 98/15 and is above y = 1 on the
 * whole scope, so the zone is the triangle (98/15 − 1)·(8 − 29/14)/2 = (83/15)(83/14)/2 = 6889/420,
 * d = 6889/17640. Above the line: (2,4) (line 3.14) and (4,6) (line 5.29), accuracy 5/7 = 71.43%.
 */
class NecessityAnalysisTest {

    private static final double[] X = {1, 2, 3, 4, 5, 6, 7};
    private static final double[] Y = {1, 4, 2, 6, 3, 5, 8};

    private static NcaResult analyse(double[] x, double[] y, NcaSettings settings) {
        return NecessityAnalysis.of(ConstructScores.of(List.of("X", "Y"), new double[][]{x, y}), "Y", List.of("X"),
                settings);
    }

    private static Condition handCase() {
        return analyse(X, Y, NcaSettings.defaults().withPermutations(0)).condition("X");
    }

    @Test
    void ceFdhPeersZoneAndEffectSizeAsComputedByHand() {
        Condition c = handCase();
        assertEquals(new NcaScope(1, 7, 1, 8), c.scope());
        assertEquals(List.of(new Peer(1, 1), new Peer(2, 4), new Peer(4, 6), new Peer(7, 8)), c.peers());
        assertEquals(21, c.ceFdh().zone(), 1e-12);
        assertEquals(0.5, c.ceFdh().effectSize(), 1e-12);
        assertEquals(100, c.ceFdh().accuracy(), 1e-12);
        assertEquals(EffectMagnitude.VERY_LARGE, c.ceFdh().magnitude());
        StepCeiling step = (StepCeiling) c.ceFdh().ceiling();
        assertEquals(4, step.value(3.9), 0);
        assertEquals(6, step.value(4), 0);
        assertEquals(4, step.requiredX(6.0 + 1e-3 - 1e-3), 0);
        assertEquals(Double.POSITIVE_INFINITY, step.requiredX(8.5));
        assertTrue(c.ceFdh().pValue().isEmpty());
    }

    @Test
    void crFdhLineZoneAndAccuracyAsComputedByHand() {
        Condition c = handCase();
        LineCeiling line = (LineCeiling) c.crFdh().ceiling();
        assertEquals(15.0 / 14, line.slope(), 1e-12);
        assertEquals(1, line.intercept(), 1e-12);
        assertEquals(6889.0 / 420, c.crFdh().zone(), 1e-12);
        assertEquals(6889.0 / 17640, c.crFdh().effectSize(), 1e-12);
        assertEquals(500.0 / 7, c.crFdh().accuracy(), 1e-12);
        assertEquals(EffectMagnitude.LARGE, c.crFdh().magnitude());
    }

    /**
     * Levels y = 1 + 7k/10. CE-FDH: the first peer with y ≥ level; x = 1 (the scope's low) is NN.
     * 0% → 1 (NN); 10-40% (1.7-3.8) → peer (2,4), 100·(2−1)/6 = 16.67%; 50-70% (4.5-5.9) → 4, 50%;
     * 80-100% → 7, 100%. Cases below x = 4: three.
     */
    @Test
    void ceFdhBottleneckInPercentOfRange() {
        List<BottleneckStep> t = handCase().ceFdh().bottleneck();
        assertEquals(11, t.size());
        assertEquals(BottleneckStatus.NOT_NECESSARY, t.get(0).status());
        assertEquals(0, t.get(0).casesBelow().getAsInt());
        double[] expected = {Double.NaN, 100.0 / 6, 100.0 / 6, 100.0 / 6, 100.0 / 6, 50, 50, 50, 100, 100, 100};
        for (int k = 1; k <= 10; k++) {
            assertEquals(10.0 * k, t.get(k).outcomeLevel(), 1e-12);
            assertEquals(1 + 0.7 * k, t.get(k).outcome(), 1e-12);
            assertEquals(BottleneckStatus.REQUIRED, t.get(k).status(), "level " + k);
            assertEquals(expected[k], t.get(k).required().getAsDouble(), 1e-9, "level " + k);
        }
        assertEquals(4, t.get(5).requiredScore().getAsDouble(), 0);
        assertEquals(3, t.get(5).casesBelow().getAsInt());
        assertEquals(6, t.get(10).casesBelow().getAsInt());
    }

    /** CR-FDH: x = (y − 1)·14/15. 10%: y 1.7 → x 0.653 < 1, NN; 20%: 2.4 → 1.3067, (0.3067/6)·100. */
    @Test
    void crFdhBottleneckInActualValues() {
        NcaSettings actual = NcaSettings.defaults().withPermutations(0)
                .withUnits(BottleneckUnit.ACTUAL, BottleneckUnit.ACTUAL);
        List<BottleneckStep> t = analyse(X, Y, actual).condition("X").crFdh().bottleneck();
        assertEquals(BottleneckStatus.NOT_NECESSARY, t.get(1).status());
        assertEquals(1.7, t.get(1).outcomeLevel(), 1e-12);
        assertEquals(1.4 * 14 / 15, t.get(2).required().getAsDouble(), 1e-12);
        assertEquals(7.0 * 14 / 15, t.get(10).required().getAsDouble(), 1e-12);
        assertEquals(1, t.get(2).casesBelow().getAsInt());
        List<BottleneckStep> pct = handCase().crFdh().bottleneck();
        assertEquals(100 * (1.4 * 14 / 15 - 1) / 6, pct.get(2).required().getAsDouble(), 1e-12);
    }

    /**
     * Theoretical scope [0,10]²? No: the 0-100 square. Zone = strip left of the first peer
     * 1·100 + steps (2−1)(100−1) + (4−2)(100−4) + (7−4)(100−6) + (100−7)(100−8)
     * = 100 + 99 + 192 + 282 + 8556 = 9229, d = 0.9229.
     */
    @Test
    void theoreticalScopeCountsTheEmptyStripsAsCeilingZone() {
        Condition c = analyse(X, Y, NcaSettings.defaults().withPermutations(0).withScope(ScopeKind.THEORETICAL))
                .condition("X");
        assertEquals(new NcaScope(0, 100, 0, 100), c.scope());
        assertEquals(9229, c.ceFdh().zone(), 1e-9);
        assertEquals(0.9229, c.ceFdh().effectSize(), 1e-12);
        // CR-FDH: y = 1 + 15x/14 meets 0 at x = -14/15 (outside) and 100 at x = 92.4: the zone is
        // the triangle (92.4 − 0)(100 − 1)/2 + the strip right of 92.4 (zero height): 4573.8
        assertEquals(92.4 * 99 / 2, c.crFdh().zone(), 1e-9);
        // the 100% outcome level needs x = 92.4 on the 0-100 scale; CE-FDH's top step has y 8, so
        // outcomes above 8 are not attained by any observed condition level
        assertEquals(BottleneckStatus.NOT_ATTAINED, c.ceFdh().bottleneck().get(10).status());
        assertTrue(c.ceFdh().bottleneck().get(10).casesBelow().isEmpty());
    }

    @Test
    void casesBelowTheCeilingLeaveTheEffectSizeUnchanged() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 5.5, 6.5, 3, 2};
        double[] y = {1, 4, 2, 6, 3, 5, 8, 1.5, 6, 3.9, 1};
        Condition c = analyse(x, y, NcaSettings.defaults().withPermutations(0)).condition("X");
        assertEquals(0.5, c.ceFdh().effectSize(), 1e-12);
        assertEquals(handCase().peers(), c.peers());
    }

    @Test
    void tiesInXKeepTheHighestAndDuplicatesWeighInTheRegression() {
        // (2,4) twice and (2,3): the peer (2,4) counts twice in the OLS through the peers
        double[] x = {1, 2, 2, 2, 3};
        double[] y = {1, 4, 3, 4, 5};
        Condition c = analyse(x, y, NcaSettings.defaults().withPermutations(0)).condition("X");
        assertEquals(List.of(new Peer(1, 1), new Peer(2, 4), new Peer(3, 5)), c.peers());
        // peers (1,1) (2,4) (2,4) (3,5): x̄ 2, ȳ 3.5, Sxx 2, Sxy 1·2.5·... = (−1)(−2.5) + 0 + 0 + 1·1.5 = 4
        LineCeiling line = (LineCeiling) c.crFdh().ceiling();
        assertEquals(2, line.slope(), 1e-12);
        assertEquals(-0.5, line.intercept(), 1e-12);
    }

    /** y = x: the identity has the largest CE-FDH zone of all pairings, so no shuffle reaches it. */
    @Test
    void perfectCeilingIsSignificantWithTheSmallestAttainableP() {
        int n = 40;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        Condition c = analyse(v, v.clone(), NcaSettings.defaults().withPermutations(999)).condition("X");
        assertEquals(1.0 / 1000, c.ceFdh().pValue().getAsDouble(), 1e-15);
        assertTrue(c.ceFdh().pAccuracy().getAsDouble() < 0.01);
    }

    /** y falling in x: the first case has the highest y, zone 0, and every shuffle has d ≥ 0: p = 1. */
    @Test
    void noCeilingHasPValueOne() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {6, 5, 4, 3, 2, 1};
        Condition c = analyse(x, y, NcaSettings.defaults().withPermutations(200)).condition("X");
        assertEquals(0, c.ceFdh().effectSize(), 0);
        assertEquals(0, c.crFdh().effectSize(), 0);
        assertEquals(EffectMagnitude.NONE, c.ceFdh().magnitude());
        assertEquals(1, c.ceFdh().pValue().getAsDouble(), 0);
        assertEquals(1, c.crFdh().pValue().getAsDouble(), 0);
        assertEquals(BottleneckStatus.NOT_NECESSARY, c.ceFdh().bottleneck().get(10).status());
    }

    @Test
    void pValuesDoNotDependOnParallelismAndFollowTheSeed() {
        double[] x = new double[60];
        double[] y = new double[60];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 * r.nextDouble();
            y[i] = Math.min(x[i] + 30, 100) * r.nextDouble();
        }
        NcaSettings s = NcaSettings.defaults().withPermutations(500).withSeed(11);
        Condition seq = analyse(x, y, s).condition("X");
        Condition par = analyse(x, y, s.withParallel(true)).condition("X");
        assertEquals(seq.ceFdh().pValue(), par.ceFdh().pValue());
        assertEquals(seq.crFdh().pValue(), par.crFdh().pValue());
        double p = seq.ceFdh().pValue().getAsDouble();
        assertEquals(Math.rint(p * 501), p * 501, 1e-9, "p is (k+1)/(N+1)");
        assertTrue(p < 0.05, "y is bounded by x + 30: a ceiling the test detects, p " + p);
    }

    /** The permutation test's one-pass d equal the ceilings' d, ties and duplicates included. */
    @Test
    void onePassEffectSizesOfTheTestEqualTheCeilings() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(8);
        for (int rep = 0; rep < 20; rep++) {
            double[] x = new double[30];
            double[] y = new double[30];
            for (int i = 0; i < x.length; i++) {
                x[i] = 10 * r.nextInt(11);
                y[i] = Math.min(100, 10 * r.nextInt(11) + x[i] / 2);
            }
            for (ScopeKind kind : ScopeKind.values()) {
                Condition c = analyse(x, y, NcaSettings.defaults().withPermutations(0).withScope(kind)).condition("X");
                double[] fast = SortedCases.of(x).effects(y, c.scope());
                assertEquals(c.ceFdh().effectSize(), fast[0], 1e-12, "CE-FDH, draw " + rep);
                assertEquals(c.crFdh().effectSize(), fast[1], 1e-12, "CR-FDH, draw " + rep);
            }
        }
    }

    @Test
    void constantScoresAreRefusedNamingTheConstruct() {
        double[] x = {3, 3, 3};
        double[] y = {1, 2, 3};
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> analyse(x, y, NcaSettings.defaults().withPermutations(0)));
        assertTrue(e.getMessage().contains("'X'"), e.getMessage());
        double[] bad = {1, Double.NaN, 3};
        CsiDataException nan = assertThrows(CsiDataException.class,
                () -> analyse(bad, y, NcaSettings.defaults()));
        assertTrue(nan.getMessage().contains("row 2"), nan.getMessage());
        assertThrows(CsiSpecificationException.class, () -> NcaSettings.defaults().withPermutations(-1));
        assertThrows(CsiSpecificationException.class, () -> NcaSettings.defaults().withSteps(0));
    }
}
