package dev.csimodel.models.index;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapStatistic;
import dev.csimodel.bootstrap.MomentStatistic;
import dev.csimodel.bootstrap.ResampleMoments;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.result.PlsResult;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.FailurePolicy;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.StatisticKey;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.Bank;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bootstrap of the 0-100 indices on the bank survey (0-10 scale) and on generated data. */
class IndexBootstrapTest {

    private static final int RESAMPLES = 200;
    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);

    private static PathModel model;
    private static DataTable bank;

    @BeforeAll
    static void load() {
        model = BundledData.ecsiBankModel();
        bank = Bank.indicators();
    }

    private static BootstrapResult run(long seed, int threads) {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(seed).withThreads(threads);
        return IndexBootstrap.run(PlsEstimator.withDefaults(), s, model, bank, ZERO_TEN);
    }

    @Test
    void originalIsTheIndexAndIntervalsContainIt() {
        BootstrapResult r = run(21, 2);
        CsiIndex index = CsiIndex.of(PlsEstimator.withDefaults().estimate(model, bank), ZERO_TEN);
        for (String c : model.constructNames()) {
            BootstrapEstimate e = IndexBootstrap.index(r, c);
            assertEquals(index.requireIndex(c), e.original(), 0.0, c);
            assertEquals(e, r.statistic("index:" + c), c);
            assertTrue(e.stdError() > 0, c);
            for (Interval i : List.of(e.percentile(), e.basic(), e.bca())) {
                assertTrue(i.lower() < e.original() && e.original() < i.upper(), c + " " + i);
            }
            // Every resample index is a weighted mean of item performances, so within 0-100.
            for (double v : r.replicates(StatisticKey.custom(IndexBootstrap.name(c)))) {
                assertTrue(v >= 0 && v <= 100, c + " " + v);
            }
        }
        // The bank blocks are strong: no resample has a non-positive weight.
        assertEquals(0, r.failed());
        assertEquals(RESAMPLES, r.used());
    }

    @Test
    void sameSeedGivesIdenticalIndicesWithOneAndFourThreads() {
        BootstrapResult one = run(4, 1);
        BootstrapResult four = run(4, 4);
        BootstrapResult other = run(5, 4);
        for (String c : model.constructNames()) {
            assertEquals(IndexBootstrap.index(one, c), IndexBootstrap.index(four, c), c);
            assertNotEquals(IndexBootstrap.index(one, c).stdError(), IndexBootstrap.index(other, c).stdError(), c);
        }
    }

    /**
     * X = (x1, x2, x3) → Y = (y1, y2), ξ ~ N(0,1), x1, x2 = ξ + e, x3 = 0.04ξ + e, y_j = 0.5ξ + e
     * (n = 200, values around 50 on a 0-100 scale). x3 barely relates to ξ, so its Mode A weight,
     * about cov(x3, Y-proxy), is near zero and turns negative in a good share of resamples: those
     * have no index and count as failed.
     */
    @Test
    void resamplesWithANegativeWeightFail() {
        PathModel weak = PathModel.builder()
                .construct("X").modeA("x1", "x2", "x3")
                .construct("Y").modeA("y1", "y2")
                .path("X", "Y").build();
        IndicatorScales scales = IndicatorScales.uniform(Scale.of(0, 100));
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(8).withThreads(2);
        DataTable data = weakIndicator(200, 0.04, 31);
        BootstrapResult drop = IndexBootstrap.run(PlsEstimator.withDefaults(), s, weak, data, scales);
        assertTrue(drop.failed() > 0 && drop.failed() < RESAMPLES, drop.failed() + " failed");
        assertEquals(RESAMPLES, drop.used() + drop.failed());
        BootstrapResult replace = IndexBootstrap.run(PlsEstimator.withDefaults(),
                s.withFailurePolicy(FailurePolicy.REPLACE), weak, data, scales);
        assertEquals(RESAMPLES, replace.used());
        assertEquals(RESAMPLES + replace.failed(), replace.attempted());
        assertEquals(drop.used(), drop.replicates(StatisticKey.custom("index:X")).length);
    }

    /**
     * y2 and z1 are non-zero in one row each (rows 6 and 5): a resample of the six rows must draw
     * both, probability 1 − 2(5/6)⁶ + (4/6)⁶ = 0.42, so about 58% fail and no index interval is
     * given; the index SE is still reported.
     */
    @Test
    void mostResamplesFailingWithholdsTheIndexIntervals() {
        PathModel m = PathModel.builder().construct("X").modeA("x1", "x2").construct("Y").modeA("y1", "y2")
                .construct("Z").modeA("z1").path("X", "Y").path("Z", "Y").build();
        DataTable d = DataTable.ofRows(List.of("x1", "x2", "y1", "y2", "z1"), new double[][] {
                {1, 2, 1, 0, 0}, {2, 1, 3, 0, 0}, {3, 4, 2, 0, 0}, {4, 3, 5, 0, 0}, {5, 6, 4, 0, 1}, {6, 5, 6, 1, 0}});
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(1).withThreads(2);
        BootstrapResult r = IndexBootstrap.run(PlsEstimator.withDefaults(), s, m, d, IndicatorScales.uniform(Scale.of(0, 6)));
        assertTrue(r.failureShare() > 0.5 && r.failureShare() < 0.7, "share " + r.failureShare());
        assertEquals(RESAMPLES - r.used(), r.discarded());
        BootstrapEstimate e = IndexBootstrap.index(r, "X");
        assertTrue(e.intervalsWithheld());
        assertTrue(e.findInterval(dev.csimodel.bootstrap.IntervalMethod.PERCENTILE).isEmpty());
        assertTrue(Double.isFinite(e.stdError()) && e.stdError() > 0);
    }

    /** With a fifth of the resamples failing (negative weight), the index intervals are given. */
    @Test
    void aMinorityOfFailuresKeepsTheIndexIntervals() {
        PathModel weak = PathModel.builder()
                .construct("X").modeA("x1", "x2", "x3")
                .construct("Y").modeA("y1", "y2")
                .path("X", "Y").build();
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(8).withThreads(2);
        BootstrapResult r = IndexBootstrap.run(PlsEstimator.withDefaults(), s, weak, weakIndicator(200, 0.0, 31),
                IndicatorScales.uniform(Scale.of(0, 100)));
        assertTrue(r.failureShare() > 0.1 && r.failureShare() < 0.5, "share " + r.failureShare());
        BootstrapEstimate e = IndexBootstrap.index(r, "X");
        assertEquals(e.percentile(), e.findInterval(dev.csimodel.bootstrap.IntervalMethod.PERCENTILE).orElseThrow());
    }

    @Test
    void negativeOriginalWeightMakesTheRunFailNamingTheIndicator() {
        PathModel weak = PathModel.builder()
                .construct("X").modeA("x1", "x2", "x3")
                .construct("Y").modeA("y1", "y2")
                .path("X", "Y").build();
        // x3 = −0.5ξ + e: clearly negative weight while x1, x2 orient X positively.
        DataTable data = weakIndicator(200, -0.5, 32);
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES);
        CsiEstimationException e = assertThrows(CsiEstimationException.class, () -> IndexBootstrap.run(
                PlsEstimator.withDefaults(), s, weak, data, IndicatorScales.uniform(Scale.of(0, 100))));
        assertTrue(e.getMessage().contains("'x3'"), e.getMessage());
    }

    @Test
    void missingScaleAndNullsAreRejected() {
        IndicatorScales partial = IndicatorScales.of(Map.of("imag1", Scale.ZERO_TO_TEN));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> IndexBootstrap.statistic(model, partial));
        assertTrue(e.getMessage().contains("'imag2'"), e.getMessage());
        assertThrows(CsiSpecificationException.class, () -> IndexBootstrap.statistic(null, ZERO_TEN));
        assertThrows(CsiSpecificationException.class, () -> IndexBootstrap.statistic(model, null));
        assertEquals(List.of("index:IMAG", "index:EXPE", "index:QUAL", "index:VAL", "index:SAT", "index:LOY"),
                IndexBootstrap.statistic(model, ZERO_TEN).names());
    }

    private static DataTable weakIndicator(int n, double x3Loading, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][5];
        for (int i = 0; i < n; i++) {
            double xi = random.nextGaussian();
            rows[i][0] = 50 + 10 * (xi + random.nextGaussian());
            rows[i][1] = 50 + 10 * (xi + random.nextGaussian());
            rows[i][2] = 50 + 10 * (x3Loading * xi + random.nextGaussian());
            rows[i][3] = 50 + 10 * (0.5 * xi + random.nextGaussian());
            rows[i][4] = 50 + 10 * (0.5 * xi + random.nextGaussian());
        }
        return DataTable.ofRows(List.of("x1", "x2", "x3", "y1", "y2"), rows);
    }

    /**
     * The index statistic is a {@link MomentStatistic}, so resamples skip the full result; the
     * same statistic wrapped as a plain {@link BootstrapStatistic} forces the full result in every
     * resample. Both give the same run bit for bit (tolerance 0), on the bank survey and on data
     * where a negative weight makes some resamples fail.
     */
    @Test
    void momentPathGivesTheFullResultPathsRunExactly() {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(9).withThreads(2);
        assertSameRun(s, model, bank, ZERO_TEN);
        PathModel weak = PathModel.builder()
                .construct("X").modeA("x1", "x2", "x3")
                .construct("Y").modeA("y1", "y2")
                .path("X", "Y").build();
        assertSameRun(s.withFailurePolicy(FailurePolicy.REPLACE), weak, weakIndicator(200, 0.04, 31),
                IndicatorScales.uniform(Scale.of(0, 100)));
    }

    private static void assertSameRun(BootstrapSettings s, PathModel m, DataTable d, IndicatorScales scales) {
        BootstrapStatistic lean = IndexBootstrap.statistic(m, scales);
        assertTrue(lean instanceof MomentStatistic);
        BootstrapStatistic full = BootstrapStatistic.of(lean.names(), lean::compute);
        BootstrapResult a = new Bootstrap(PlsEstimator.withDefaults(), s, List.of(lean)).run(m, d);
        BootstrapResult b = new Bootstrap(PlsEstimator.withDefaults(), s, List.of(full)).run(m, d);
        assertEquals(b.keys(), a.keys());
        assertEquals(b.attempted(), a.attempted());
        assertEquals(b.failed(), a.failed());
        for (StatisticKey key : b.keys()) {
            assertEquals(b.estimate(key), a.estimate(key), key.toString());
            assertArrayEquals(b.replicates(key), a.replicates(key), 0.0, key.toString());
        }
    }

    /** On a fit from moments (no value ranges, as a resample's), both entry points agree exactly. */
    @Test
    void resampleMomentsViewGivesTheResultsIndices() {
        PlsResult fit = PlsEstimator.withDefaults().estimate(model, Moments.of(bank, model.indicators()));
        MomentStatistic stat = (MomentStatistic) IndexBootstrap.statistic(model, ZERO_TEN);
        assertArrayEquals(stat.compute(fit), stat.compute(ResampleMoments.of(fit)), 0.0);
        PlsResult centred = new PlsEstimator(PlsSettings.defaults().withScaling(Scaling.CENTRED))
                .estimate(model, Moments.of(bank, model.indicators()));
        assertArrayEquals(stat.compute(centred), stat.compute(ResampleMoments.of(centred)), 0.0);
    }
}
