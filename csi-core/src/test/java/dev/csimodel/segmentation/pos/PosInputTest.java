package dev.csimodel.segmentation.pos;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.segmentation.RetentionCriteria;
import dev.csimodel.segmentation.SegmentSimulation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosInputTest {

    private static final SegmentSimulation SIM =
            SegmentSimulation.draw(1, new int[] {200, 200}, new double[][] {{0.9, 0.3}, {-0.3, -0.9}}, 0.9);

    private static <E extends CsiException> void assertFails(Class<E> type, String culprit, Runnable call) {
        E e = assertThrows(type, call::run);
        assertTrue(e.getMessage().contains(culprit), e.getMessage());
    }

    @Test
    void badSettingsNameTheSetting() {
        assertFails(CsiSpecificationException.class, "K", () -> PosSettings.defaults().withSegments(0));
        assertFails(CsiSpecificationException.class, "maxSegments", () -> PosSettings.defaults().withMaxSegments(0));
        assertFails(CsiSpecificationException.class, "starts", () -> PosSettings.defaults().withStarts(0));
        assertFails(CsiSpecificationException.class, "maxIterations", () -> PosSettings.defaults().withMaxIterations(0));
        assertFails(CsiSpecificationException.class, "threads", () -> PosSettings.defaults().withThreads(0));
        assertFails(CsiSpecificationException.class, "minimumSegmentSize", () -> PosSettings.defaults().withMinimumSegmentSize(1));
        assertFails(CsiSpecificationException.class, "consistent",
                () -> PosSettings.defaults().withPls(PlsSettings.defaults().withConsistent(true)));
    }

    @Test
    void aMinimumSizeAboveNOverKIsRefused() {
        PosEstimator estimator = new PosEstimator(PosSettings.defaults().withSegments(2).withMinimumSegmentSize(201));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> estimator.estimate(SegmentSimulation.MODEL, SIM.data()));
        assertTrue(e.getMessage().contains("minimum segment size 201") && e.getMessage().contains("K = 2")
                && e.getMessage().contains("400"), e.getMessage());
        // 200 per segment fits exactly: both segments keep all their rows
        PosResult exact = new PosEstimator(PosSettings.defaults().withSegments(2).withMinimumSegmentSize(200).withStarts(1))
                .estimate(SegmentSimulation.MODEL, SIM.data());
        assertEquals(200, exact.requireSolution(2).segmentSize(1));
        assertEquals(200, exact.minimumSegmentSize());
    }

    @Test
    void unknownColumnsAndMissingValuesAreNamed() {
        DataTable withoutY3 = SIM.data().select(List.of("x1_1", "x1_2", "x1_3", "x2_1", "x2_2", "x2_3", "y_1", "y_2"));
        assertFails(CsiDataException.class, "y_3", () -> PosEstimator.withDefaults().estimate(SegmentSimulation.MODEL, withoutY3));
        double[] x = SIM.data().column("x2_2");
        x[16] = Double.NaN;
        DataTable holed = SIM.data().withColumn("x2_2", x);
        assertFails(CsiDataException.class, "'x2_2', row 17", () -> PosEstimator.withDefaults().estimate(SegmentSimulation.MODEL, holed));
    }

    @Test
    void aModelWithoutStructuralPathsIsRefused() {
        dev.csimodel.spec.PathModelBuilder b = dev.csimodel.spec.PathModel.builder();
        b.construct("X1").block(dev.csimodel.spec.OuterMode.A, "x1_1", "x1_2", "x1_3");
        b.construct("Y").block(dev.csimodel.spec.OuterMode.A, "y_1", "y_2", "y_3");
        dev.csimodel.spec.PathModel measurementOnly = b.build();
        assertFails(CsiSpecificationException.class, "no structural path",
                () -> PosEstimator.withDefaults().estimate(measurementOnly, SIM.data()));
    }

    @Test
    void theClimbStopsAtTheMaximumNumberOfPasses() {
        PosSolution capped = new PosEstimator(PosSettings.defaults().withSegments(2).withStarts(1).withMaxIterations(1))
                .estimate(SegmentSimulation.MODEL, SIM.data()).requireSolution(2);
        assertEquals(1, capped.iterations());
        // a pass that moves a row raises the objective strictly; only a pass without moves converges
        java.util.List<Double> h = capped.objectiveHistory();
        assertEquals(h.get(1) > h.get(0), !capped.converged(), h.toString());
        PosSolution free = new PosEstimator(PosSettings.defaults().withSegments(2).withStarts(1))
                .estimate(SegmentSimulation.MODEL, SIM.data()).requireSolution(2);
        assertTrue(free.converged());
        assertTrue(free.objective() >= capped.objective());
        assertEquals(free.objectiveHistory().subList(0, 2), h);
    }

    @Test
    void aSolutionNotSolvedForIsNamed() {
        PosResult r = new PosEstimator(PosSettings.defaults().withSegments(2).withStarts(1)).estimate(SegmentSimulation.MODEL, SIM.data());
        assertFails(CsiSpecificationException.class, "no PLS-POS solution with 3 segments; there are solutions for K = [2]", () -> r.requireSolution(3));
        assertFails(CsiSpecificationException.class, "segment 2 outside", () -> r.requireSolution(2).pathCoefficient(2, "X1", "Y"));
        assertTrue(r.solution(3).isEmpty());
        assertEquals(List.of(2), r.criteria().stream().map(RetentionCriteria::segments).toList());
        PosSolution two = r.requireSolution(2);
        assertEquals(400, two.segmentSizes().get(0) + two.segmentSizes().get(1));
        assertTrue(two.segmentSizes().get(0) >= two.segmentSizes().get(1), "segments by decreasing size");
        assertEquals(two.criteria().logLikelihood(), two.logLikelihood(), 0.0);
        assertEquals(400, r.observations());
    }

    @Test
    void oneSegmentLikelihoodIsTheNormalRegressionOfTheWholeSample() {
        PosResult r = new PosEstimator(PosSettings.defaults().withSegments(1)).estimate(SegmentSimulation.MODEL, SIM.data());
        double r2 = PlsEstimator.withDefaults().estimate(SegmentSimulation.MODEL, SIM.data()).rSquared("Y").getAsDouble();
        int n = 400;
        // standardised scores: the no-intercept regression of Y leaves variance 1 − R², and ln ρ = 0
        double lnL = -n / 2.0 * (Math.log(2 * Math.PI * (1 - r2)) + 1);
        RetentionCriteria c = r.requireSolution(1).criteria();
        assertEquals(lnL, c.logLikelihood(), 1e-8);
        assertEquals(RetentionCriteria.structuralParameters(SegmentSimulation.MODEL, 1), c.parameters());
        assertEquals(-2 * lnL + 3 * 3, c.aic3(), 1e-8);
        assertTrue(c.normedEntropy().isEmpty());
        // one segment: the mixture and the classification likelihood coincide
        RetentionCriteria classification = new PosEstimator(PosSettings.defaults().withSegments(1)
                .withLikelihood(PosLikelihood.CLASSIFICATION)).estimate(SegmentSimulation.MODEL, SIM.data()).requireSolution(1).criteria();
        assertEquals(lnL, classification.logLikelihood(), 1e-8);
    }

    @Test
    void theMixtureLikelihoodOfAPartitionIsAtLeastItsClassificationLikelihood() {
        PosSettings settings = PosSettings.defaults().withSegments(2).withStarts(2);
        PosSolution mixture = new PosEstimator(settings).estimate(SegmentSimulation.MODEL, SIM.data()).requireSolution(2);
        PosSolution classification = new PosEstimator(settings.withLikelihood(PosLikelihood.CLASSIFICATION))
                .estimate(SegmentSimulation.MODEL, SIM.data()).requireSolution(2);
        // the likelihood does not steer the search: same partition, same objective
        assertEquals(mixture.objective(), classification.objective(), 0.0);
        double m = mixture.criteria().logLikelihood();
        double c = classification.criteria().logLikelihood();
        // Σ_i ln Σ_k ρ_k f_k ≥ Σ_i ln ρ_k(i) f_k(i), strictly when segments overlap
        assertTrue(m > c, m + " vs " + c);
        assertEquals(mixture.criteria().parameters(), classification.criteria().parameters());
    }
}
