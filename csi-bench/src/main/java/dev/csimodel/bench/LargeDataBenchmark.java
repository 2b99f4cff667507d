package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One estimate of the ECSI model on synthetic respondents held in memory (issue target:
 * 1,000,000 × 27 in 0.5 s or less). The cost is the moment pass over the rows; the iteration
 * works on the 27 × 27 correlation matrix and never touches the rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class LargeDataBenchmark {

    @Param({"1000000"})
    public int respondents;

    private DataTable data;
    private PathModel model;
    private PlsEstimator estimator;

    @Setup(Level.Trial)
    public void setUp() {
        data = SyntheticSurvey.generate(respondents, 42L);
        model = BundledData.ecsiBankModel();
        estimator = PlsEstimator.withDefaults();
    }

    @Benchmark
    public PlsResult estimate() {
        return estimator.estimate(model, data);
    }
}
