package dev.csimodel.segmentation.pos;

import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.segmentation.AdjustedRandIndex;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSimulation;
import dev.csimodel.segmentation.SegmentSolution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PLS-POS on simulated segments (SegmentSimulation: X1 → Y ← X2, three indicators each).
 * Why the recovery designs are not the 0.4-apart paths of issue #15: with one structural equation
 * on two independent normal predictors, rows near the line where both segments' predictions
 * agree carry no information about their segment, so even the classifier that knows the true
 * segment models misclassifies many rows. For paths {0.6, 0.2} vs {0.2, 0.6} the oracle's ARI is
 * about 0.04 (computed below), so no method reaches ARI 0.8 there; the tests compare PLS-POS with
 * that oracle instead, on designs with more separated segments.
 */
class PosRecoveryTest {

    private static final double[][] TWO_SEGMENTS = {{0.9, 0.3}, {-0.3, -0.9}};
    private static final double[][] THREE_SEGMENTS = {{0.9, 0.3}, {-0.9, 0.3}, {0.3, -0.9}};

    private static PosResult pos(SegmentSimulation sim, PosSettings settings) {
        return new PosEstimator(settings).estimate(SegmentSimulation.MODEL, sim.data());
    }

    private static SegmentSolution truth(SegmentSimulation sim, int k) {
        return SegmentSolution.estimate(SegmentSimulation.MODEL, sim.data(), Memberships.ofAssignment(sim.labels(), k),
                PlsEstimator.withDefaults());
    }

    /**
     * The oracle: every row assigned to its nearest segment (POS distance) under the models
     * estimated on the true segments.
     */
    private static int[] oracle(SegmentSimulation sim, int k) {
        ModelLayout layout = new ModelLayout(SegmentSimulation.MODEL);
        double[][] rows = PosRows.centred(sim.data(), SegmentSimulation.MODEL.indicators());
        SegmentFitter fitter = new SegmentFitter(SegmentSimulation.MODEL, layout, PlsSettings.defaults(),
                PosRows.minimumVariance(rows, 1e-12));
        SegmentSums[] sums = new SegmentSums[k];
        SegmentFit[] fits = new SegmentFit[k];
        int[] labels = sim.labels();
        for (int s = 0; s < k; s++) {
            sums[s] = new SegmentSums(layout.indicators);
        }
        for (int i = 0; i < rows.length; i++) {
            sums[labels[i]].add(rows[i]);
        }
        for (int s = 0; s < k; s++) {
            fits[s] = fitter.fit(sums[s]);
        }
        double[][] d = PosDistance.of(rows, fits, layout);
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = PosDistance.argmin(d[i], -1);
        }
        return out;
    }

    /** For each found segment, the true segment it shares most rows with. */
    private static int[] match(int[] found, int[] truth, int k) {
        int[][] table = new int[k][k];
        for (int i = 0; i < found.length; i++) {
            table[found[i]][truth[i]]++;
        }
        int[] m = new int[k];
        for (int s = 0; s < k; s++) {
            for (int t = 1; t < k; t++) {
                if (table[s][t] > table[s][m[s]]) {
                    m[s] = t;
                }
            }
        }
        return m;
    }

    private static void assertPathsNearTruth(PosSolution found, SegmentSolution truth, int[] labels, double tol) {
        int k = found.segments();
        int[] m = match(found.memberships().assignment(), labels, k);
        assertEquals(k, java.util.Arrays.stream(m).distinct().count(), "each true segment found once");
        for (int s = 0; s < k; s++) {
            for (String x : new String[] {"X1", "X2"}) {
                double want = truth.segmentFit(m[s]).pathCoefficient(x, "Y");
                double got = found.pathCoefficient(s, x, "Y");
                assertEquals(want, got, tol, "segment " + s + " path " + x + " -> Y");
            }
        }
    }

    @Test
    void twoSeparatedSegmentsAreRecoveredAsWellAsByTheOracle() {
        for (long seed = 1; seed <= 3; seed++) {
            SegmentSimulation sim = SegmentSimulation.draw(seed, new int[] {400, 400}, TWO_SEGMENTS, 0.95);
            PosSolution two = pos(sim, PosSettings.defaults().withSegments(2).withStarts(5)).requireSolution(2);
            double ari = AdjustedRandIndex.between(two.memberships().assignment(), sim.labels());
            double oracle = AdjustedRandIndex.between(oracle(sim, 2), sim.labels());
            assertTrue(ari >= oracle - 0.05 && ari > 0.3, "seed " + seed + ": ARI " + ari + ", oracle " + oracle);
            assertPathsNearTruth(two, truth(sim, 2), sim.labels(), 0.05);
            assertTrue(two.converged());
            // the hill climb's moment-based objective is the R² sum of the re-estimated segments
            double r2 = two.rSquared(0, "Y").getAsDouble() + two.rSquared(1, "Y").getAsDouble();
            assertEquals(r2, two.objective(), 1e-9);
        }
    }

    @Test
    void threeSegmentsAreRecovered() {
        SegmentSimulation sim = SegmentSimulation.draw(3, new int[] {300, 300, 300}, THREE_SEGMENTS, 0.95);
        PosSolution three = pos(sim, PosSettings.defaults().withSegments(3).withStarts(5)).requireSolution(3);
        double ari = AdjustedRandIndex.between(three.memberships().assignment(), sim.labels());
        double oracle = AdjustedRandIndex.between(oracle(sim, 3), sim.labels());
        assertTrue(ari >= oracle - 0.05 && ari > 0.25, "ARI " + ari + ", oracle " + oracle);
        // three segments of 300 estimate less precisely than two of 400: 0.08 rather than 0.05
        assertPathsNearTruth(three, truth(sim, 3), sim.labels(), 0.08);
    }

    @Test
    void issueDesignIsBeyondAnyClassifierButPosBeatsTheTruthOnItsObjective() {
        SegmentSimulation sim = SegmentSimulation.draw(5, new int[] {400, 400}, new double[][] {{0.6, 0.2}, {0.2, 0.6}}, 0.85);
        double oracle = AdjustedRandIndex.between(oracle(sim, 2), sim.labels());
        assertTrue(oracle < 0.2, "oracle ARI " + oracle);
        SegmentSolution truth = truth(sim, 2);
        double truthObjective = truth.segmentFit(0).rSquared("Y").getAsDouble() + truth.segmentFit(1).rSquared("Y").getAsDouble();
        PosSolution two = pos(sim, PosSettings.defaults().withSegments(2).withStarts(5)).requireSolution(2);
        assertTrue(two.objective() > truthObjective, two.objective() + " vs " + truthObjective);
    }

    @Test
    void aic3AndCaicPickTwoSegmentsOnTwoSegmentDataAndOneOnOne() {
        int twoByAic3 = 0;
        int twoByCaic = 0;
        int oneByAic3 = 0;
        int oneByCaic = 0;
        PosSettings settings = PosSettings.defaults().withMaxSegments(3).withStarts(4);
        for (long seed = 1; seed <= 10; seed++) {
            PosResult two = pos(SegmentSimulation.draw(100 + seed, new int[] {400, 400}, TWO_SEGMENTS, 0.95), settings);
            twoByAic3 += two.suggestedByAic3() == 2 ? 1 : 0;
            twoByCaic += two.suggestedByCaic() == 2 ? 1 : 0;
            PosResult one = pos(SegmentSimulation.draw(200 + seed, new int[] {800}, new double[][] {{0.6, 0.2}}, 0.85), settings);
            oneByAic3 += one.suggestedByAic3() == 1 ? 1 : 0;
            oneByCaic += one.suggestedByCaic() == 1 ? 1 : 0;
        }
        assertTrue(twoByAic3 >= 8 && twoByCaic >= 8, "K = 2 chosen " + twoByAic3 + " (AIC3), " + twoByCaic + " (CAIC) of 10");
        assertTrue(oneByAic3 >= 8 && oneByCaic >= 8, "K = 1 chosen " + oneByAic3 + " (AIC3), " + oneByCaic + " (CAIC) of 10");
    }

    @Test
    void aic3AndCaicPickThreeSegmentsOnThreeSegmentData() {
        int byAic3 = 0;
        int byCaic = 0;
        PosSettings settings = PosSettings.defaults().withMaxSegments(4).withStarts(3);
        for (long seed = 1; seed <= 10; seed++) {
            PosResult r = pos(SegmentSimulation.draw(300 + seed, new int[] {300, 300, 300}, THREE_SEGMENTS, 0.95), settings);
            byAic3 += r.suggestedByAic3() == 3 ? 1 : 0;
            byCaic += r.suggestedByCaic() == 3 ? 1 : 0;
        }
        assertTrue(byAic3 >= 7 && byCaic >= 7, "K = 3 chosen " + byAic3 + " (AIC3), " + byCaic + " (CAIC) of 10");
    }

    @Test
    void theObjectiveNeverDecreasesAndStartsAreReported() {
        SegmentSimulation sim = SegmentSimulation.draw(7, new int[] {400, 400}, new double[][] {{0.6, 0.2}, {0.2, 0.6}}, 0.85);
        PosResult result = pos(sim, PosSettings.defaults().withMaxSegments(3).withStarts(3));
        for (PosSolution s : result.solutions()) {
            java.util.List<Double> h = s.objectiveHistory();
            assertEquals(s.iterations() + 1, h.size());
            for (int i = 1; i < h.size(); i++) {
                assertTrue(h.get(i) >= h.get(i - 1), "K = " + s.segments() + ", pass " + i + ": " + h);
            }
            assertEquals(h.get(h.size() - 1), s.objective(), 0.0);
            // every pass tries at least one move unless nothing is nearer elsewhere; K = 1 never moves
            assertTrue(s.segments() == 1 ? s.trialMoves() == 0 : s.trialMoves() >= s.iterations() - 1, s.toString());
            assertEquals(3, s.startObjectives().size());
            double best = s.startObjectives().stream().mapToDouble(o -> o.orElse(Double.NEGATIVE_INFINITY)).max().orElseThrow();
            assertEquals(best, s.objective(), 0.0);
        }
        PosSolution one = result.requireSolution(1);
        assertEquals(0, one.iterations());
        assertEquals(PlsEstimator.withDefaults().estimate(SegmentSimulation.MODEL, sim.data()).rSquared("Y").getAsDouble(),
                one.objective(), 1e-9);
    }

    @Test
    void theResultIsTheSameOnOneAndFourThreads() {
        SegmentSimulation sim = SegmentSimulation.draw(9, new int[] {200, 200}, TWO_SEGMENTS, 0.9);
        PosSettings settings = PosSettings.defaults().withMaxSegments(3).withStarts(6).withSeed(42);
        PosResult one = pos(sim, settings.withThreads(1));
        PosResult four = pos(sim, settings.withThreads(4));
        for (int k = 1; k <= 3; k++) {
            assertArrayEquals(one.requireSolution(k).memberships().assignment(), four.requireSolution(k).memberships().assignment());
            assertEquals(one.requireSolution(k).objective(), four.requireSolution(k).objective(), 0.0);
            assertEquals(one.requireSolution(k).objectiveHistory(), four.requireSolution(k).objectiveHistory());
            assertEquals(one.requireSolution(k).criteria(), four.requireSolution(k).criteria());
        }
        PosResult otherSeed = pos(sim, settings.withSeed(43).withSegments(3));
        assertTrue(!java.util.Arrays.equals(one.requireSolution(3).memberships().assignment(),
                otherSeed.requireSolution(3).memberships().assignment()), "the seed matters");
    }

    @Test
    void aModelWithFiveEndogenousConstructsSumsAllTheirRSquared() {
        dev.csimodel.spec.PathModel ecsi = dev.csimodel.reference.BankData.model(dev.csimodel.spec.OuterMode.A);
        PosSolution two = new PosEstimator(PosSettings.defaults().withSegments(2).withStarts(2).withMinimumSegmentSize(40))
                .estimate(ecsi, dev.csimodel.reference.BankData.table()).requireSolution(2);
        double sum = 0;
        for (int s = 0; s < 2; s++) {
            for (String c : ecsi.endogenous()) {
                sum += two.rSquared(s, c).getAsDouble();
            }
        }
        assertEquals(sum, two.objective(), 1e-9);
        assertTrue(two.segmentSize(1) >= 40);
        java.util.List<Double> h = two.objectiveHistory();
        for (int i = 1; i < h.size(); i++) {
            assertTrue(h.get(i) >= h.get(i - 1), h.toString());
        }
    }
}
