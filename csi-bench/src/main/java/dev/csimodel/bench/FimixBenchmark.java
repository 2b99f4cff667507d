package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.segmentation.fimix.FimixEstimator;
import dev.csimodel.segmentation.fimix.FimixResult;
import dev.csimodel.segmentation.fimix.FimixSettings;
import dev.csimodel.spec.PathModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * FIMIX-PLS on the ECSI bank model (250 × 27): one run with Kmax = 2, that is the pooled PLS
 * estimate, the closed-form K = 1 solution, 10 EM starts for K = 2 (seed 1, one thread, the
 * default tolerance 1e-10 and at most 5,000 iterations per start) and the PLS re-estimate of
 * each of the two segments. The EM starts dominate; the figure tells what a user pays per K
 * and start when choosing K by the information criteria.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FimixBenchmark {

    private DataTable data;
    private PathModel model;
    private FimixEstimator fimix;

    @Setup
    public void setUp() {
        data = BundledData.bankSatisfaction();
        model = BundledData.ecsiBankModel();
        fimix = new FimixEstimator(FimixSettings.defaults().withMaxSegments(2).withStarts(10).withSeed(1).withThreads(1),
                PlsEstimator.withDefaults());
    }

    @Benchmark
    public FimixResult twoSegmentsTenStarts() {
        return fimix.estimate(model, data);
    }
}
