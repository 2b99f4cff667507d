package dev.csimodel.models.ipma;

import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.bootstrap.MomentStatistic;
import dev.csimodel.bootstrap.ResampleMoments;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.IndexWeights;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bootstrap intervals of the ACSI impacts on the bank survey (scale 0-10): on the original fit
 * the statistic gives the score scales and index weights of {@link IndexWeights}, so the impact
 * rebuilt from it is {@link Driver#impact()}; the intervals are the type-7 percentiles of the
 * draws, written out here; the draws are the same for one and two threads.
 */
class ImpactBootstrapTest {

    private static final IndicatorScales SCALES = IndicatorScales.uniform(Scale.ZERO_TO_TEN);
    private static final DataTable DATA = BundledData.bankSatisfaction();
    private static final PathModel MODEL = BundledData.ecsiBankModel();
    private static final PlsResult FIT = PlsEstimator.withDefaults().estimate(MODEL, DATA);

    private static ImpactDraws run(int threads) {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(300).withSeed(7).withThreads(threads)
                .withIntervals(IntervalMethod.PERCENTILE);
        BootstrapResult boot = new Bootstrap(PlsEstimator.withDefaults(), bs,
                List.of(ImpactBootstrap.statistic(FIT, SCALES, "SAT"))).run(MODEL, DATA);
        return ImpactBootstrap.draws(boot, FIT, SCALES, "SAT");
    }

    /** Hyndman and Fan type 7: h = (n − 1) p, interpolate between the order statistics around h. */
    private static double quantile(double[] values, double p) {
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 < x.length ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
    }

    @Test
    void onTheOriginalFitTheStatisticRebuildsTheImpacts() {
        MomentStatistic s = ImpactBootstrap.statistic(FIT, SCALES, "SAT");
        double[] v = s.compute(FIT);
        assertArrayEquals(v, s.compute(ResampleMoments.of(FIT)));
        IndexWeights w = IndexWeights.of(FIT, SCALES);
        List<String> drivers = List.of("IMAG", "EXPE", "QUAL", "VAL");
        assertEquals(w.scoreScale("SAT"), v[0]);
        ImportancePerformance ipma = ImportancePerformance.constructs(FIT, SCALES, "SAT");
        for (int d = 0; d < drivers.size(); d++) {
            assertEquals(w.scoreScale(drivers.get(d)), v[1 + d], drivers.get(d));
            double impact = 5 * (FIT.effect(drivers.get(d), "SAT").total() * v[0] / v[1 + d]);
            assertEquals(ipma.driver(drivers.get(d)).impact(), impact, 1e-12, drivers.get(d));
        }
        assertEquals(w.weight("imag1"), v[5], 1e-15);   // the first driver's first indicator follows the scales
    }

    @Test
    void intervalsArePercentilesOfTheDrawsAndIndependentOfThreads() {
        ImpactDraws one = run(1);
        ImpactDraws two = run(2);
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL"), one.drivers());
        ImportancePerformance ipma = ImportancePerformance.constructs(FIT, SCALES, "SAT");
        for (String d : one.drivers()) {
            double[] draws = one.construct(d);
            Interval ci = one.constructInterval(d).orElseThrow();
            assertEquals(quantile(draws, 0.025), ci.lower(), 1e-12, d);
            assertEquals(quantile(draws, 0.975), ci.upper(), 1e-12, d);
            assertTrue(ci.contains(ipma.driver(d).impact()), d + " " + ci);
            assertArrayEquals(draws, two.construct(d), d);
            for (String x : MODEL.construct(d).indicators()) {
                double[] items = one.indicator(x);
                assertEquals(quantile(items, 0.025), one.indicatorInterval(x).orElseThrow().lower(), 1e-12, x);
                assertArrayEquals(items, two.indicator(x), x);
            }
        }
        // the index weights of a block sum to 1 in every resample, so its indicator impacts add up to its impact
        double[] imag = one.construct("IMAG");
        double[] sum = new double[imag.length];
        for (String x : MODEL.construct("IMAG").indicators()) {
            double[] i = one.indicator(x);
            for (int r = 0; r < sum.length; r++) {
                sum[r] += i[r];
            }
        }
        assertArrayEquals(imag, sum, 1e-9);
        assertTrue(one.constructInterval("VAL").orElseThrow().lower() > 0);
    }
}
