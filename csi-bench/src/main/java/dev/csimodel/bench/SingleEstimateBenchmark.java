package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.result.PlsResult;
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
 * One warm estimate of the ECSI bank model (250 × 27): moments, outer iteration, paths and R²
 * (issue target 0.2 ms; R seminr 12.5 ms, plspm 17 ms, cSEM 29 ms on this class of machine).
 * {@link #estimateWithQuality} adds the lazily computed quality criteria (reliabilities, HTMT,
 * VIF, f², which re-estimates one reduced model per path). {@link #moments} and
 * {@link #estimateFromMoments} split {@link #estimate} into its two halves: the pass over the
 * 250 rows, and the iteration with the result's construction. Add
 * {@code -jvmArgsAppend --add-modules=jdk.incubator.vector} for the vector moment kernel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SingleEstimateBenchmark {

    private DataTable data;
    private PathModel model;
    private PlsEstimator estimator;
    private Moments moments;

    @Setup
    public void setUp() {
        data = BundledData.bankSatisfaction();
        model = BundledData.ecsiBankModel();
        estimator = PlsEstimator.withDefaults();
        moments = Moments.of(data, model.indicators());
    }

    @Benchmark
    public Moments moments() {
        return Moments.of(data, model.indicators());
    }

    @Benchmark
    public PlsResult estimateFromMoments() {
        return estimator.estimate(model, moments);
    }

    @Benchmark
    public PlsResult estimate() {
        return estimator.estimate(model, data);
    }

    @Benchmark
    public double estimateWithQuality() {
        PlsResult r = estimator.estimate(model, data);
        return r.quality().rhoA("SAT").orElseThrow() + r.quality().htmt("SAT", "LOY").orElse(0) + r.quality().fSquare("VAL", "SAT");
    }
}
