package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.segmentation.pos.PosEstimator;
import dev.csimodel.segmentation.pos.PosResult;
import dev.csimodel.segmentation.pos.PosSettings;
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
import java.util.stream.IntStream;

/**
 * PLS-POS on the ECSI bank model (250 × 27, five endogenous constructs): one start of the hill
 * climb for K = 2 ({@link #posOneStart}; its {@code PosSolution.trialMoves()} gives the number of
 * trial moves), against what one trial move would cost per segment without the moment updates:
 * a PLS estimate from the segment's rows ({@link #segmentFromRows}, half the sample) or from its
 * moments through the public API ({@link #segmentFromMoments}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PosBenchmark {

    private DataTable data;
    private DataTable half;
    private Moments halfMoments;
    private PathModel model;
    private PosEstimator pos;
    private PlsEstimator pls;

    @Setup
    public void setUp() {
        data = BundledData.bankSatisfaction();
        model = BundledData.ecsiBankModel();
        half = data.rows(IntStream.range(0, data.rowCount()).filter(i -> i % 2 == 0).toArray());
        halfMoments = Moments.of(half, model.indicators());
        pos = new PosEstimator(PosSettings.defaults().withSegments(2).withStarts(1).withMinimumSegmentSize(40));
        pls = PlsEstimator.withDefaults();
    }

    @Benchmark
    public PosResult posOneStart() {
        return pos.estimate(model, data);
    }

    @Benchmark
    public PlsResult segmentFromRows() {
        return pls.estimate(model, half);
    }

    @Benchmark
    public PlsResult segmentFromMoments() {
        return pls.estimate(model, halfMoments);
    }
}
