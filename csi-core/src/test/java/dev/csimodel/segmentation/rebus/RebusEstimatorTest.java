package dev.csimodel.segmentation.rebus;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.groups.GroupComparisonResult;
import dev.csimodel.groups.PermutationSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.AdjustedRandIndex;
import dev.csimodel.segmentation.Memberships;
import dev.csimodel.segmentation.SegmentSimulation;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RebusEstimatorTest {

    /** Two classes like those of plspm's simdata example: the level of Y, its driver and one weak item differ. */
    private static SegmentSimulation simdataLike(long seed) {
        return PatternSimulation.draw(seed, new int[]{200, 200}, new double[]{1.2, -1.2},
                new double[][]{{0.9, 0.1}, {0.1, 0.9}},
                new double[][]{{0.9, 0.9, 0.4, 0.9, 0.9, 0.9, 0.99, 0.99, 0.99},
                        {0.9, 0.9, 0.9, 0.9, 0.4, 0.9, 0.99, 0.99, 0.99}});
    }

    @Test
    void recoversSegmentsThatDifferInLevelStructureAndMeasurement() {
        // Bound: plspm's own example (simdata, 2 × 200 units built the same way) ends with 363 of
        // 400 units in their class under plspm's it.reb, ARI ≈ 0.66; on this design seeds 1-4 give
        // 0.66-0.77. REBUS assigns unit by unit, so segments that differ only in paths (for which
        // the per-unit residuals overlap heavily) are not found: see notes/rebus.md.
        for (long seed = 1; seed <= 3; seed++) {
            SegmentSimulation sim = simdataLike(seed);
            RebusResult r = RebusEstimator.estimate(SegmentSimulation.MODEL, sim.data(), RebusSettings.defaults());
            double ari = AdjustedRandIndex.between(sim.labels(), r.memberships().assignment());
            assertTrue(ari >= 0.6, "seed " + seed + ": ARI " + ari);
            assertTrue(r.groupQuality() > r.globalGroupQuality() + 0.2,
                    "seed " + seed + ": GQI " + r.groupQuality() + " vs global " + r.globalGroupQuality());
            assertTrue(r.converged());
            assertEquals(r.iterations(), r.history().size());
            // the local models carry the simulated drivers: X1 drives Y in one class, X2 in the other
            PlsResult a = r.segmentFit(0);
            PlsResult b = r.segmentFit(1);
            double gapA = a.pathCoefficient("X1", "Y") - a.pathCoefficient("X2", "Y");
            double gapB = b.pathCoefficient("X1", "Y") - b.pathCoefficient("X2", "Y");
            assertTrue(gapA * gapB < 0 && Math.abs(gapA) > 0.3 && Math.abs(gapB) > 0.3, gapA + " " + gapB);
        }
    }

    @Test
    void bankDataRunsDeterministicallyAndItsInvariantsHold() {
        DataTable data = BankData.table();
        PathModel model = BankData.model(OuterMode.A);
        ResidualClustering clustering = RebusEstimator.cluster(model, data, PlsSettings.defaults());
        double[] h = clustering.heights();
        for (int m = 1; m < h.length; m++) {
            assertTrue(h[m] >= h[m - 1]);
        }
        for (int k = 2; k <= 3; k++) {
            RebusSettings settings = RebusSettings.defaults().withSegments(k);
            RebusResult r = RebusEstimator.estimate(model, data, settings);
            RebusResult again = RebusEstimator.iterate(clustering, data, settings);
            assertArrayEquals(r.memberships().assignment(), again.memberships().assignment());
            assertEquals(r.groupQuality(), again.groupQuality(), 0.0);
            assertArrayEquals(clustering.partition(k).assignment(), r.initial().assignment());
            assertSame(settings, r.settings());
            checkInvariants(model, data, r);
        }
    }

    private static void assertSame(Object a, Object b) {
        org.junit.jupiter.api.Assertions.assertSame(a, b);
    }

    private static void checkInvariants(PathModel model, DataTable data, RebusResult r) {
        int k = r.settings().segments();
        Memberships m = r.memberships();
        assertEquals(k, m.segmentCount());
        assertEquals(250, IntStream.range(0, k).map(s -> m.rowsOf(s).length).sum());
        for (int i = 0; i < 250; i++) {
            double p = 0;
            for (int s = 0; s < k; s++) {
                p += m.probability(i, s);
            }
            assertEquals(1.0, p, 0.0);
        }
        assertTrue(r.iterations() >= 1 && r.iterations() <= 100);
        RebusIteration last = r.history().get(r.iterations() - 1);
        assertArrayEquals(last.memberships().assignment(), m.assignment());
        assertEquals(r.converged(), last.changedShare() < 0.005);
        for (int it = 0; it < r.iterations(); it++) {
            assertEquals(it + 1, r.history().get(it).iteration());
        }
        assertTrue(r.groupQuality() >= 0 && r.groupQuality() <= 1);
        assertEquals(0.6066498, r.globalGroupQuality(), 5e-8);
        assertTrue(r.groupQuality() > r.globalGroupQuality());
        PlsEstimator estimator = PlsEstimator.withDefaults();
        for (int s = 0; s < k; s++) {
            PlsResult direct = estimator.estimate(model, data.rows(m.rowsOf(s)));
            for (StructuralPath p : model.paths()) {
                assertEquals(direct.pathCoefficient(p.from(), p.to()), r.segmentFit(s).pathCoefficient(p.from(), p.to()), 1e-12);
            }
            for (String ind : model.indicators()) {
                assertEquals(direct.loading(ind), r.segmentFit(s).loading(ind), 1e-12);
            }
        }
    }

    @Test
    void permutationTestOfTheClassesComparesEveryPair() {
        DataTable data = BankData.table();
        RebusResult r = RebusEstimator.estimate(BankData.model(OuterMode.A), data, RebusSettings.defaults().withSegments(3));
        GroupComparisonResult test = RebusEstimator.test(r, data, PermutationSettings.defaults().withPermutations(20));
        assertEquals(3, test.pairs().size());
        double p = test.pairs().get(0).pathDifferences().get(0).pValue();
        assertTrue(p >= 1.0 / 21 && p <= 1.0, "p " + p);
        assertEquals(r.memberships().rowsOf(0).length, test.groupSize(test.groups().get(0)));
    }

    @Test
    void stopsAtMaxIterationsWithoutConvergingWhenTheCriterionIsZero() {
        // stop criterion 0: the share changed is never below 0 (plspm's rule), so the iteration
        // can only end at maxIterations, here after one pass, not converged
        DataTable data = BankData.table();
        RebusResult r = RebusEstimator.estimate(BankData.model(OuterMode.A), data,
                RebusSettings.defaults().withStopCriterion(0).withMaxIterations(1));
        assertEquals(1, r.iterations());
        assertFalse(r.converged());
        assertTrue(r.history().get(0).changed() > 0);
    }

    @Test
    void badInputsNameTheCulprit() {
        DataTable data = BankData.table();
        CsiSpecificationException k1 = assertThrows(CsiSpecificationException.class,
                () -> RebusSettings.defaults().withSegments(1));
        assertTrue(k1.getMessage().contains("at least 2 segments"), k1.getMessage());
        DataTable ten = data.rows(IntStream.range(0, 10).toArray());
        CsiSpecificationException tooMany = assertThrows(CsiSpecificationException.class,
                () -> RebusEstimator.estimate(BankData.model(OuterMode.A), ten, RebusSettings.defaults().withSegments(11)));
        assertTrue(tooMany.getMessage().contains("11 segments from 10 rows"), tooMany.getMessage());
        dev.csimodel.spec.PathModelBuilder b = PathModel.builder();
        for (String c : BankData.CONSTRUCTS) {
            b.construct(c).block(c.equals("SAT") ? OuterMode.B : OuterMode.A, BankData.indicators(c));
        }
        PathModel formative = BankData.paths(b).build();
        CsiSpecificationException modeB = assertThrows(CsiSpecificationException.class,
                () -> RebusEstimator.estimate(formative, data, RebusSettings.defaults()));
        assertTrue(modeB.getMessage().contains("SAT (Mode B)") && !modeB.getMessage().contains("IMAG"), modeB.getMessage());
        assertThrows(CsiSpecificationException.class, () -> RebusSettings.defaults().withStopCriterion(1.0));
        assertThrows(CsiSpecificationException.class, () -> RebusSettings.defaults().withMaxIterations(0));
        CsiSpecificationException centred = assertThrows(CsiSpecificationException.class,
                () -> RebusSettings.defaults().withEstimation(PlsSettings.defaults().withScaling(Scaling.CENTRED)));
        assertTrue(centred.getMessage().contains("standardised"), centred.getMessage());
        // K = 4 on the bank data: the dendrogram's fourth class holds 5 units, below plspm's limit of 6
        CsiEstimationException small = assertThrows(CsiEstimationException.class,
                () -> RebusEstimator.estimate(BankData.model(OuterMode.A), data, RebusSettings.defaults().withSegments(4)));
        assertTrue(small.getMessage().contains("segment 4 has 5 unit(s) in the initial partition"), small.getMessage());
        ResidualClustering clustering = RebusEstimator.cluster(BankData.model(OuterMode.A), data, PlsSettings.defaults());
        assertThrows(CsiSpecificationException.class, () -> RebusEstimator.iterate(clustering,
                data.rows(IntStream.range(0, 200).toArray()), RebusSettings.defaults()));
        assertThrows(CsiSpecificationException.class, () -> RebusEstimator.iterate(clustering, data,
                RebusSettings.defaults().withEstimation(PlsSettings.defaults().withTolerance(1e-6))));
    }
}
