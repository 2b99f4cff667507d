package dev.csimodel.segmentation;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentationBasicsTest {

    @Test
    void adjustedRandIndexOfTheHubertArabieExample() {
        // Contingency table [[2,1],[0,3]] (n = 6): Σ C(n_ij,2) = 1 + 0 + 0 + 3 = 4;
        // rows a = (3,3) → 3 + 3 = 6; columns b = (2,4) → 1 + 6 = 7; C(6,2) = 15;
        // expected = 6·7/15 = 2.8; max = 6.5; ARI = (4 − 2.8)/(6.5 − 2.8) = 1.2/3.7.
        int[] a = {0, 0, 0, 1, 1, 1};
        int[] b = {0, 0, 1, 1, 1, 1};
        assertEquals(1.2 / 3.7, AdjustedRandIndex.between(a, b), 1e-15);
        assertEquals(1.0, AdjustedRandIndex.between(a, new int[]{7, 7, 7, 2, 2, 2}), 1e-15);
        assertThrows(CsiSpecificationException.class, () -> AdjustedRandIndex.between(a, new int[]{0}));
    }

    @Test
    void membershipsGiveSizesAssignmentAndEntropy() {
        Memberships m = Memberships.ofProbabilities(new double[][]{{0.9, 0.1}, {0.2, 0.8}, {0.5, 0.5}});
        assertArrayEquals(new int[]{0, 1, 0}, m.assignment());
        assertEquals((0.9 + 0.2 + 0.5) / 3, m.relativeSize(0), 1e-15);
        double h = -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)) - (0.2 * Math.log(0.2) + 0.8 * Math.log(0.8))
                - 2 * 0.5 * Math.log(0.5);
        assertEquals(1 - h / (3 * Math.log(2)), m.normedEntropy().getAsDouble(), 1e-15);
        assertEquals(1.0, Memberships.ofAssignment(new int[]{0, 1, 1}, 2).normedEntropy().getAsDouble(), 1e-15);
        assertTrue(Memberships.ofAssignment(new int[]{0, 0}, 1).normedEntropy().isEmpty());
        assertThrows(CsiSpecificationException.class,
                () -> Memberships.ofProbabilities(new double[][]{{0.9, 0.2}}));
        assertThrows(CsiSpecificationException.class, () -> Memberships.ofAssignment(new int[]{0, 2}, 2));
    }

    @Test
    void segmentFitsEqualTheModelEstimatedOnEachSegmentsRows() {
        DataTable data = BankData.table();
        PathModel model = BankData.model(OuterMode.A);
        int[] labels = IntStream.range(0, data.rowCount()).map(i -> i % 3 == 0 ? 1 : 0).toArray();
        PlsEstimator estimator = PlsEstimator.withDefaults();
        SegmentSolution solution = SegmentSolution.estimate(model, data, Memberships.ofAssignment(labels, 2), estimator);
        PlsResult direct = estimator.estimate(model, data.rows(IntStream.range(0, data.rowCount())
                .filter(i -> i % 3 == 0).toArray()));
        assertEquals(direct.pathCoefficient("IMAG", "SAT"), solution.segmentFit(1).pathCoefficient("IMAG", "SAT"), 1e-15);
        assertEquals(2, solution.segmentCount());
        int[] lonely = new int[data.rowCount()];
        lonely[5] = 1;
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> SegmentSolution.estimate(model, data, Memberships.ofAssignment(lonely, 2), estimator));
        assertTrue(e.getMessage().contains("segment 2"), e.getMessage());
    }

    @Test
    void retentionCriteriaFollowTheirFormulas() {
        Memberships m = Memberships.ofAssignment(new int[]{0, 0, 1, 1, 1}, 2);
        RetentionCriteria c = RetentionCriteria.of(-10.0, 3, m);
        assertEquals(20 + 6, c.aic(), 1e-12);
        assertEquals(20 + 9, c.aic3(), 1e-12);
        assertEquals(20 + 12, c.aic4(), 1e-12);
        assertEquals(20 + 3 * Math.log(5), c.bic(), 1e-12);
        assertEquals(20 + 3 * (Math.log(5) + 1), c.caic(), 1e-12);
        assertEquals(20 + 6 * Math.log(Math.log(5)), c.hq(), 1e-12);
        assertEquals(20 + 15 * Math.log(5), c.mdl5(), 1e-12);
        assertEquals(1.0, c.normedEntropy().getAsDouble(), 1e-15);
        // X1 -> Y <- X2: R = 2 paths, Q = 1 endogenous; K = 3: 2 + 3*2 + 3*1 = 11
        assertEquals(11, RetentionCriteria.structuralParameters(SegmentSimulation.MODEL, 3));
        assertThrows(CsiSpecificationException.class, () -> RetentionCriteria.of(Double.NaN, 3, m));
    }

    @Test
    void simulatedSegmentsCarryTheirPaths() {
        SegmentSimulation sim = SegmentSimulation.draw(11, new int[]{400, 400},
                new double[][]{{0.7, 0.1}, {0.1, 0.7}}, 0.85);
        int[] labels = sim.labels();
        SegmentSolution truth = SegmentSolution.estimate(SegmentSimulation.MODEL, sim.data(),
                Memberships.ofAssignment(labels, 2), PlsEstimator.withDefaults());
        // PLS attenuates a little (composites of three 0.85 items); the segments must still differ by ~0.6
        assertTrue(truth.segmentFit(0).pathCoefficient("X1", "Y") > 0.55);
        assertTrue(truth.segmentFit(1).pathCoefficient("X1", "Y") < 0.2);
        assertEquals(800, sim.data().rowCount());
    }
}
