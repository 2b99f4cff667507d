package dev.csimodel.bootstrap;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bootstrap resamples respondents and carries their sampling weights (#10 item 6). */
class WeightedBootstrapTest {

    private static final PathModel MODEL = BankData.model(OuterMode.A);
    private static final DataHandling WEIGHTED = DataHandling.defaults().withWeightColumn("w");

    /** The bank data with weights 1, 2, 3, 4, 5, 1, 2, … scaled by {@code factor}. */
    private static DataTable data(double factor, boolean equal) {
        DataTable bank = BankData.table();
        double[] w = new double[bank.rowCount()];
        for (int i = 0; i < w.length; i++) {
            w[i] = factor * (equal ? 1 : 1 + i % 5);
        }
        return bank.withColumn("w", w);
    }

    private static BootstrapResult run(DataTable data, DataHandling handling, int threads) {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(120).withSeed(11).withThreads(threads)
                .withIntervals(IntervalMethod.PERCENTILE, IntervalMethod.BCA);
        return new Bootstrap(PlsEstimator.withDefaults(), s).run(MODEL, data, handling, BootstrapListener.NONE);
    }

    @Test
    void weightedResamplesAreBitIdenticalOnOneAndFourThreads() {
        BootstrapResult one = run(data(1, false), WEIGHTED, 1);
        BootstrapResult four = run(data(1, false), WEIGHTED, 4);
        for (StatisticKey k : one.keys()) {
            assertArrayEquals(one.replicates(k), four.replicates(k), k.toString());
            assertEquals(one.estimate(k).bca(), four.estimate(k).bca(), k.toString());
        }
    }

    @Test
    void equalWeightsGiveTheUnweightedBootstrap() {
        BootstrapResult weighted = run(data(4000, true), WEIGHTED, 2);
        BootstrapSettings s = weighted.settings();
        BootstrapResult plain = new Bootstrap(PlsEstimator.withDefaults(), s).run(MODEL, BankData.table());
        for (StatisticKey k : plain.keys()) {
            assertArrayEquals(plain.replicates(k), weighted.replicates(k), 1e-12, k.toString());
            assertEquals(plain.estimate(k).stdError(), weighted.estimate(k).stdError(), 1e-12, k.toString());
        }
    }

    @Test
    void scalingAllSamplingWeightsChangesNothing() {
        BootstrapResult a = run(data(1, false), WEIGHTED, 2);
        BootstrapResult b = run(data(4000, false), WEIGHTED, 2);
        for (StatisticKey k : a.keys()) {
            assertArrayEquals(a.replicates(k), b.replicates(k), 1e-12, k.toString());
        }
    }

    @Test
    void unequalWeightsChangeTheResamplesAndTheOriginalIsTheWeightedFit() {
        DataTable data = data(1, false);
        BootstrapResult weighted = run(data, WEIGHTED, 2);
        BootstrapResult plain = run(data, DataHandling.defaults(), 2);
        StatisticKey path = StatisticKey.path("SAT", "LOY");
        assertTrue(Math.abs(weighted.estimate(path).stdError() - plain.estimate(path).stdError()) > 1e-6);
        double fit = PlsEstimator.withDefaults().estimate(MODEL, data, WEIGHTED).pathCoefficient("SAT", "LOY");
        assertEquals(fit, weighted.estimate(path).original(), 1e-15);
        assertEquals(120, weighted.used());
    }

    /** Frequency weights: the draws are the same, only n of the moments differs, so the paths agree. */
    @Test
    void frequencyWeightsResampleTheSameWay() {
        DataTable data = data(1, false);
        BootstrapResult sampling = run(data, WEIGHTED, 2);
        BootstrapResult frequency = run(data, WEIGHTED.withWeightKind(WeightKind.FREQUENCY), 2);
        StatisticKey path = StatisticKey.path("SAT", "LOY");
        assertArrayEquals(sampling.replicates(path), frequency.replicates(path), 1e-12);
    }

    @Test
    void aMissingWeightColumnIsNamed() {
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> run(BankData.table(), DataHandling.defaults().withWeightColumn("wt"), 1));
        assertTrue(e.getMessage().contains("'wt'"), e.getMessage());
    }
}
