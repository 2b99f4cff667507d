package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Above half of the attempts failed, the counts are reported and no interval is given. */
class BootstrapFailureShareTest {

    /**
     * x2, y1 and y2 are each non-zero in one row only (rows 5, 4 and 6): a resample of six rows
     * must draw all three to be estimable, probability 1 − 3(5/6)⁶ + 3(4/6)⁶ − (3/6)⁶ = 0.243,
     * so about three quarters of the resamples fail.
     */
    static final DataTable MOSTLY_FAILING = DataTable.ofRows(List.of("x1", "x2", "y1", "y2"), new double[][] {
            {1, 0, 0, 0}, {2, 0, 0, 0}, {3, 0, 0, 0}, {4, 0, 1, 0}, {5, 1, 0, 0}, {6, 0, 0, 1}});

    private static BootstrapResult run(DataTable data, FailurePolicy policy, IntervalMethod... methods) {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(FailurePolicyTest.RESAMPLES).withSeed(3)
                .withThreads(2).withFailurePolicy(policy).withIntervals(methods);
        return new Bootstrap(PlsEstimator.withDefaults(), s).run(SyntheticData.twoBlocks(), data);
    }

    @Test
    void mostResamplesFailingGivesCountsButNoInterval() {
        BootstrapResult r = run(MOSTLY_FAILING, FailurePolicy.DROP, IntervalMethod.PERCENTILE, IntervalMethod.BASIC);
        assertEquals(FailurePolicyTest.RESAMPLES, r.requested());
        assertEquals(r.requested() - r.used(), r.discarded());
        assertTrue(r.failureShare() > 0.6 && r.failureShare() < 0.9, "share " + r.failureShare());
        assertTrue(r.intervalsWithheld());
        BootstrapEstimate e = r.path("X", "Y");
        assertTrue(e.intervalsWithheld());
        assertTrue(e.findInterval(IntervalMethod.PERCENTILE).isEmpty());
        assertTrue(e.findInterval(IntervalMethod.BASIC).isEmpty());
        assertTrue(e.intervals().isEmpty());
        CsiEstimationException ex = assertThrows(CsiEstimationException.class, e::percentile);
        assertTrue(ex.getMessage().contains("path X -> Y"), ex.getMessage());
        assertTrue(ex.getMessage().contains("more than half"), ex.getMessage());
        assertTrue(Double.isFinite(e.stdError()));
    }

    /** REPLACE hides no failures: the redrawn attempts count, so the share is the same kind. */
    @Test
    void replaceWithMostDrawsFailingWithholdsIntervalsToo() {
        BootstrapResult r = run(MOSTLY_FAILING, FailurePolicy.REPLACE, IntervalMethod.PERCENTILE);
        assertEquals(r.requested(), r.used());
        assertTrue(r.attempted() > 2 * r.requested(), "attempted " + r.attempted());
        assertTrue(r.intervalsWithheld());
        assertTrue(r.loading("x1").findInterval(IntervalMethod.PERCENTILE).isEmpty());
    }

    @Test
    void aMinorityOfFailuresKeepsTheIntervals() {
        BootstrapResult r = run(FailurePolicyTest.TINY, FailurePolicy.DROP, IntervalMethod.PERCENTILE);
        assertTrue(r.failureShare() > 0.05 && r.failureShare() < 0.5, "share " + r.failureShare());
        assertFalse(r.intervalsWithheld());
        BootstrapEstimate e = r.path("X", "Y");
        assertFalse(e.intervalsWithheld());
        assertEquals(e.percentile(), e.findInterval(IntervalMethod.PERCENTILE).orElseThrow());
    }

    @Test
    void anIntervalNotRequestedIsStillASpecificationError() {
        BootstrapResult r = run(FailurePolicyTest.TINY, FailurePolicy.DROP, IntervalMethod.PERCENTILE);
        assertThrows(dev.csimodel.CsiSpecificationException.class,
                () -> r.path("X", "Y").findInterval(IntervalMethod.BASIC));
    }
}
