package dev.csimodel.bench;

import dev.csimodel.models.data.BundledData;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.spec.PathModel;
import dev.csimodel.stream.SegmentResult;
import dev.csimodel.stream.SegmentedAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * 5,000 segments × 200 respondents (1,000,000 rows, 27 indicators) estimated per segment in one
 * pass (issue #7): {@link #accumulateAndEstimate} is the whole job — every row into a
 * {@link SegmentedAccumulator} keyed by its segment, rows of the segments interleaved as in a
 * file sorted by nothing (row r belongs to segment r mod 5,000), then the ECSI model estimated on
 * every segment. {@link #accumulateOnly} and {@link #estimateOnly} split the cost. The rows are
 * generated once per trial and not timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class SegmentsBenchmark {

    static final int SEGMENTS = 5_000;
    static final int PER_SEGMENT = 200;

    private List<String> columns;
    private double[][] rows;
    private String[] keys;
    private PathModel model;
    private PlsEstimator estimator;
    private SegmentedAccumulator<String> filled;

    @Setup(Level.Trial)
    public void setUp() {
        columns = SyntheticSurvey.indicatorNames();
        rows = StreamingBenchmark.pool(SEGMENTS * PER_SEGMENT, 42L);
        keys = new String[SEGMENTS];
        for (int s = 0; s < SEGMENTS; s++) {
            keys[s] = "shop" + s;
        }
        model = BundledData.ecsiBankModel();
        estimator = PlsEstimator.withDefaults();
        filled = accumulateOnly();
    }

    @Benchmark
    public List<SegmentResult<String>> accumulateAndEstimate() {
        return accumulateOnly().estimate(model, estimator);
    }

    @Benchmark
    public SegmentedAccumulator<String> accumulateOnly() {
        SegmentedAccumulator<String> acc = SegmentedAccumulator.of(columns);
        for (int r = 0; r < rows.length; r++) {
            acc.add(keys[r % SEGMENTS], rows[r]);
        }
        return acc;
    }

    @Benchmark
    public List<SegmentResult<String>> estimateOnly() {
        return filled.estimate(model, estimator);
    }
}
