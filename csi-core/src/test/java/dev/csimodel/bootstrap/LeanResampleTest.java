package dev.csimodel.bootstrap;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lean resample path ({@link ResampleStatistics}) gives the bootstrap result of the reference
 * path, which estimates every resample into a full {@link dev.csimodel.result.PlsResult}: the
 * same statistics, bit for bit (tolerance 0), and the same counts of attempted, failed and
 * non-converged resamples, on the bank data under several settings and on data where a third of
 * the resamples fail.
 */
class LeanResampleTest {

    /** The lean path repeats the reference path's operations in the same order: no tolerance. */
    private static final double IDENTICAL = 0.0;

    private static final int RESAMPLES = 150;

    private static BootstrapSettings settings(int threads) {
        return BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(3).withThreads(threads);
    }

    private static void assertSameResult(BootstrapResult full, BootstrapResult lean) {
        assertEquals(full.keys(), lean.keys());
        assertEquals(full.attempted(), lean.attempted());
        assertEquals(full.failed(), lean.failed());
        assertEquals(full.nonConverged(), lean.nonConverged());
        assertEquals(full.used(), lean.used());
        for (StatisticKey key : full.keys()) {
            // record equality compares every double exactly, the intervals included
            assertEquals(full.estimate(key), lean.estimate(key), key.toString());
            assertArrayEquals(full.replicates(key), lean.replicates(key), IDENTICAL, key.toString());
        }
    }

    private static void compare(PlsSettings pls, BootstrapSettings boot, PathModel model, DataTable data) {
        PlsEstimator estimator = new PlsEstimator(pls);
        BootstrapResult full = new Bootstrap(estimator, boot, List.of(), true).run(model, data);
        BootstrapResult lean = new Bootstrap(estimator, boot, List.of(), false).run(model, data);
        assertSameResult(full, lean);
    }

    @Test
    void bankModelWithDefaultsAndBcaIsIdentical() {
        compare(PlsSettings.defaults(), settings(2), BankData.model(OuterMode.A), BankData.table());
    }

    @Test
    void modeBCentroidWithConstructLevelSignsIsIdentical() {
        compare(PlsSettings.defaults().withScheme(InnerScheme.CENTROID),
                settings(1).withSignChange(SignChange.CONSTRUCT_LEVEL), BankData.model(OuterMode.B), BankData.table());
    }

    @Test
    void centredFactorialWithIndividualSignsIsIdentical() {
        compare(PlsSettings.defaults().withScheme(InnerScheme.FACTORIAL).withScaling(Scaling.CENTRED),
                settings(2).withSignChange(SignChange.INDIVIDUAL), BankData.model(OuterMode.A), BankData.table());
    }

    @Test
    void fewIterationsLeaveTheSameResamplesUnconverged() {
        BootstrapSettings keep = settings(2).withFailurePolicy(FailurePolicy.KEEP).withIntervals(IntervalMethod.PERCENTILE);
        PlsEstimator estimator = new PlsEstimator(PlsSettings.defaults().withMaxIterations(3));
        PathModel model = BankData.model(OuterMode.A);
        BootstrapResult full = new Bootstrap(estimator, keep, List.of(), true).run(model, BankData.table());
        BootstrapResult lean = new Bootstrap(estimator, keep, List.of(), false).run(model, BankData.table());
        assertTrue(full.nonConverged() > 0, "non-converged " + full.nonConverged());
        assertSameResult(full, lean);
    }

    @Test
    void failingResamplesFailOnBothPaths() {
        BootstrapSettings replace = settings(2).withFailurePolicy(FailurePolicy.REPLACE)
                .withIntervals(IntervalMethod.PERCENTILE);
        PlsEstimator estimator = PlsEstimator.withDefaults();
        BootstrapResult full = new Bootstrap(estimator, replace, List.of(), true)
                .run(SyntheticData.twoBlocks(), FailurePolicyTest.TINY);
        BootstrapResult lean = new Bootstrap(estimator, replace, List.of(), false)
                .run(SyntheticData.twoBlocks(), FailurePolicyTest.TINY);
        assertTrue(full.failed() > RESAMPLES / 5, "failed " + full.failed());
        assertSameResult(full, lean);
    }

    @Test
    void weightedResamplesAreIdentical() {
        DataTable bank = BankData.table();
        double[] w = new double[bank.rowCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + i % 3;
        }
        DataTable data = bank.withColumn("w", w);
        PathModel model = BankData.model(OuterMode.A);
        PlsEstimator estimator = PlsEstimator.withDefaults();
        for (WeightKind kind : WeightKind.values()) {
            DataHandling handling = DataHandling.defaults().withWeightColumn("w").withWeightKind(kind);
            BootstrapResult full = new Bootstrap(estimator, settings(2), List.of(), true)
                    .run(model, data, handling, BootstrapListener.NONE);
            BootstrapResult lean = new Bootstrap(estimator, settings(2), List.of(), false)
                    .run(model, data, handling, BootstrapListener.NONE);
            assertSameResult(full, lean);
        }
    }
}
