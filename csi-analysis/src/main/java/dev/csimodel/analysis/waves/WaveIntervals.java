package dev.csimodel.analysis.waves;

import dev.csimodel.CsiException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.index.IndexBootstrap;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.spec.PathModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The percentile bootstrap interval of each index of one wave: the wave's own rows resampled
 * ({@link IndexBootstrap}, Efron and Tibshirani 1993), for the trend chart. Wave w draws from a
 * seed of its own, so the intervals do not depend on the other waves.
 */
final class WaveIntervals {

    private WaveIntervals() {
    }

    /** @return construct → interval of its index in this wave; without an entry where withheld or undefined */
    static Map<String, Interval> of(PathModel model, DataTable rows, IndicatorScales scales, WaveSettings settings,
                                    int wave) {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(settings.replicates())
                .withSeed(settings.seed() ^ (0x9E3779B97F4A7C15L * (wave + 1))).withThreads(1)
                .withConfidenceLevel(settings.confidenceLevel()).withIntervals(IntervalMethod.PERCENTILE);
        Map<String, Interval> out = new HashMap<>();
        BootstrapResult boot;
        try {
            boot = new Bootstrap(new PlsEstimator(settings.estimation()), bs,
                    List.of(IndexBootstrap.statistic(model, scales))).run(model, rows.select(model.indicators()));
        } catch (CsiException e) {
            return out;   // e.g. an undefined index in the wave itself: the chart shows the point alone
        }
        for (String c : model.constructNames()) {
            IndexBootstrap.index(boot, c).findInterval(IntervalMethod.PERCENTILE).ifPresent(i -> out.put(c, i));
        }
        return out;
    }
}
