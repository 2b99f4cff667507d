package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed and non-converged resamples are counted and treated according to the policy. */
class FailurePolicyTest {

    static final int RESAMPLES = 300;

    /**
     * Six rows where y2 is 0 except in row 6: a resample that misses row 6, probability
     * (5/6)^6 = 0.335, has a constant y2 and fails with a CsiDataException (~100 of 300).
     */
    static final DataTable TINY = DataTable.ofRows(List.of("x1", "x2", "y1", "y2"), new double[][] {
            {1, 2, 1, 0}, {2, 1, 3, 0}, {3, 4, 2, 0}, {4, 3, 5, 0}, {5, 6, 4, 0}, {6, 5, 6, 1}});

    static BootstrapResult tiny(FailurePolicy policy) {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(1).withThreads(2)
                .withFailurePolicy(policy).withIntervals(IntervalMethod.PERCENTILE);
        return new Bootstrap(PlsEstimator.withDefaults(), s).run(SyntheticData.twoBlocks(), TINY);
    }

    @Test
    void dropLeavesFailedResamplesOut() {
        BootstrapResult r = tiny(FailurePolicy.DROP);
        assertTrue(r.failed() > RESAMPLES / 5 && r.failed() < RESAMPLES / 2, "failed " + r.failed());
        assertEquals(RESAMPLES, r.attempted());
        assertEquals(RESAMPLES - r.failed() - r.nonConverged(), r.used());
        assertEquals(r.used(), r.replicates(StatisticKey.path("X", "Y")).length);
    }

    @Test
    void replaceUsesExactlyNResamples() {
        BootstrapResult r = tiny(FailurePolicy.REPLACE);
        assertTrue(r.failed() > 0);
        assertEquals(RESAMPLES, r.used());
        assertEquals(RESAMPLES + r.failed() + r.nonConverged(), r.attempted());
    }

    @Test
    void keepCannotKeepFailures() {
        BootstrapResult keep = tiny(FailurePolicy.KEEP);
        BootstrapResult drop = tiny(FailurePolicy.DROP);
        assertEquals(drop.failed(), keep.failed());
        assertEquals(RESAMPLES - keep.failed(), keep.used());
    }

    /**
     * The original bank fit converges in 5 iterations; capped at 5, resamples that need more are
     * reported as non-converged (failOnNonConvergence off).
     */
    @Test
    void nonConvergedResamplesFollowThePolicy() {
        PathModel model = BankData.model(OuterMode.A);
        DataTable data = BankData.table();
        int iterations = PlsEstimator.withDefaults().estimate(model, data).iterations();
        PlsEstimator capped = new PlsEstimator(PlsSettings.defaults().withMaxIterations(iterations));
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(200).withThreads(2)
                .withIntervals(IntervalMethod.PERCENTILE);
        BootstrapResult keep = new Bootstrap(capped, s.withFailurePolicy(FailurePolicy.KEEP)).run(model, data);
        BootstrapResult drop = new Bootstrap(capped, s.withFailurePolicy(FailurePolicy.DROP)).run(model, data);
        BootstrapResult replace = new Bootstrap(capped, s.withFailurePolicy(FailurePolicy.REPLACE)).run(model, data);
        assertTrue(keep.nonConverged() > 0 && keep.nonConverged() < 200, "non-converged " + keep.nonConverged());
        assertEquals(200, keep.used());
        assertEquals(keep.nonConverged(), drop.nonConverged());
        assertEquals(200 - drop.nonConverged(), drop.used());
        assertEquals(200, replace.used());
        assertEquals(200 + replace.nonConverged(), replace.attempted());
    }

    /**
     * Resamples are estimated from moments, so a statistic that needs construct scores works on
     * the original fit only and every resample fails.
     */
    @Test
    void tooFewUsableResamplesIsAnEstimationError() {
        BootstrapStatistic needsRows = BootstrapStatistic.of("first score", r -> r.scores().value(0, "X"));
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(20).withThreads(1);
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> new Bootstrap(PlsEstimator.withDefaults(), s, List.of(needsRows))
                        .run(SyntheticData.twoBlocks(), SyntheticData.twoBlocks(30, 1, null)));
        assertTrue(e.getMessage().contains("only 0 of 20 resamples"), e.getMessage());
    }
}
