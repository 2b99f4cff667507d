package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.ordinal.IndicatorCorrelations;
import dev.csimodel.ordinal.OrdinalEstimator;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.spec.PathModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ordinal PLS on the ECSI bank survey (250 × 27, answers 0-10, every indicator ordinal):
 * {@link #polychoric} is the 27 × 27 matrix of polychoric correlations (351 pairs, each a
 * two-step maximum-likelihood fit on its contingency table, then the positive-definiteness check);
 * {@link #ordinalEstimate} is one ordinal PLS estimate, that matrix plus the PLS iteration on it.
 * {@code threads} shares the pairs (1, or 2 for the build machine's two cores; the result is
 * the same for both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OrdinalBenchmark {

    @Param({"1", "2"})
    public int threads;

    private DataTable data;
    private PathModel model;
    private List<String> indicators;
    private OrdinalSettings settings;
    private OrdinalEstimator estimator;

    @Setup
    public void setUp() {
        data = BundledData.bankSatisfaction();
        model = BundledData.ecsiBankModel();
        indicators = model.indicators();
        settings = OrdinalSettings.allIndicators().withThreads(threads);
        estimator = new OrdinalEstimator(PlsSettings.defaults(), settings);
    }

    @Benchmark
    public IndicatorCorrelations polychoric() {
        return IndicatorCorrelations.estimate(data, indicators, settings);
    }

    @Benchmark
    public OrdinalResult ordinalEstimate() {
        return estimator.estimate(model, data);
    }
}
