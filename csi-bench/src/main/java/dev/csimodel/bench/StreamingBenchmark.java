package dev.csimodel.bench;

import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * 10,000,000 synthetic respondents × 27 indicators streamed through {@link MomentAccumulator}
 * (issue #7). One invocation is the whole stream, reported per row ({@code ops/s} = rows/s).
 *
 * <p>What is measured: the accumulator alone. The rows come from a pool of {@value #POOL}
 * pre-generated respondents ({@link SyntheticSurvey}) that is cycled, so that generating them is
 * not timed; {@link #generateOnly} measures the generator by itself, for comparison.
 * {@link #rowByRow} feeds {@code add(double[])} one row at a time (a reader's path);
 * {@link #columnBlocks} feeds {@code addColumns} with column blocks of the pool (a column
 * store's path). Run with {@code -prof gc}: the allocation per row is the per-row garbage
 * ({@code gc.alloc.rate.norm}, bytes per row); peak heap is measured by {@link StreamingHeapMain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class StreamingBenchmark {

    static final int ROWS = 10_000_000;
    /** 4,000 rows: 2,500 passes make exactly 10 million; 864 KB, bigger than L2 so rows come from L3/memory. */
    static final int POOL = 4_000;

    private List<String> columns;
    private double[][] rows;
    private double[][] blockColumns;

    @Setup(Level.Trial)
    public void setUp() {
        columns = SyntheticSurvey.indicatorNames();
        rows = pool(POOL, 42L);
        blockColumns = new double[columns.size()][POOL];
        for (int r = 0; r < POOL; r++) {
            for (int j = 0; j < blockColumns.length; j++) {
                blockColumns[j][r] = rows[r][j];
            }
        }
    }

    /** @return {@code n} synthetic respondents, one array of 27 values each */
    static double[][] pool(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] eta = new double[6];
        double[][] out = new double[n][27];
        for (int r = 0; r < n; r++) {
            SyntheticSurvey.respondent(rnd, eta, out[r]);
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Moments rowByRow() {
        MomentAccumulator acc = MomentAccumulator.of(columns);
        for (int r = 0, k = 0; r < ROWS; r++) {
            acc.add(rows[k]);
            k = k + 1 == POOL ? 0 : k + 1;
        }
        return acc.toMoments();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public Moments columnBlocks() {
        MomentAccumulator acc = MomentAccumulator.of(columns);
        for (int b = 0; b < ROWS / POOL; b++) {
            acc.addColumns(blockColumns, 0, POOL);
        }
        return acc.toMoments();
    }

    /** The generator alone, for 1,000,000 rows (per row, as the others): what a live source would add. */
    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public void generateOnly(Blackhole bh) {
        SplittableRandom rnd = new SplittableRandom(7L);
        double[] eta = new double[6];
        double[] row = new double[27];
        for (int r = 0; r < 1_000_000; r++) {
            SyntheticSurvey.respondent(rnd, eta, row);
            bh.consume(row);
        }
    }
}
