package dev.csimodel.data;

import dev.csimodel.bench.SyntheticSurvey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The moment accumulator's kernels compared in one run (issue #11 item 3): rows per second for
 * 27 indicators ({@code ops/s} = rows/s), one thread. {@code kernel} is the cross-product:
 * {@code tiled} (version 0.1, 2 x 4 tiles), {@code scalar} (symmetric 4 x 4 tiles) or
 * {@code vector} (the same on Vector API vectors; the fork adds the incubator module).
 *
 * <ul>
 *   <li>{@link #crossProduct}: the kernel alone on one centred 512-row chunk;</li>
 *   <li>{@link #columns}: the whole accumulator fed column blocks ({@code addColumns});</li>
 *   <li>{@link #rows}: the whole accumulator fed {@code add(double[])} row by row;</li>
 *   <li>{@link #weightedRows}: the same with {@code add(double[], w)}, non-unit weights.</li>
 * </ul>
 *
 * <p>Lives in {@code dev.csimodel.data} to reach the package-private kernels. Run:
 * {@code java -jar csi-bench/target/benchmarks.jar KernelBenchmark -wi 3 -i 5 -w 1 -r 1 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class KernelBenchmark {

    /** Rows of the pool fed per invocation: 4,000 x 27 doubles, 864 KB, beyond L2. */
    static final int POOL = 4_000;
    static final int CHUNK = MomentAccumulator.DEFAULT_CHUNK_ROWS;

    @Param({"tiled", "scalar", "vector"})
    public String kernel;

    private CrossProductKernel crossProduct;
    private List<String> names;
    private double[][] columns;
    private double[][] rowArrays;
    private double[] weights;
    private double[] chunk;
    private double[] m2;
    private int stride;
    private int columnStride;

    @Setup(Level.Trial)
    public void setUp() {
        crossProduct = "vector".equals(kernel) ? CrossProductKernels.vector() : CrossProductKernels.choose(kernel);
        if (crossProduct == null) {
            throw new IllegalStateException("no vector kernel in this JVM (needs --add-modules jdk.incubator.vector)");
        }
        DataTable t = SyntheticSurvey.generate(POOL, 42L);
        names = t.columnNames();
        columns = new double[names.size()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = t.column(names.get(j));
        }
        rowArrays = new double[POOL][names.size()];
        for (int r = 0; r < POOL; r++) {
            for (int j = 0; j < columns.length; j++) {
                rowArrays[r][j] = columns[j][r];
            }
        }
        SplittableRandom rnd = new SplittableRandom(3);
        weights = new double[POOL];
        for (int r = 0; r < POOL; r++) {
            weights[r] = 0.5 + rnd.nextDouble();
        }
        stride = ChunkKernel.paddedColumns(names.size());
        columnStride = CHUNK + ChunkKernel.ROW_PAD;
        chunk = new double[stride * columnStride];
        for (int j = 0; j < names.size(); j++) {
            for (int i = 0; i < CHUNK; i++) {
                chunk[j * columnStride + i] = columns[j][i] - 5.0;
            }
        }
        m2 = new double[stride * stride];
    }

    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public double[] crossProduct() {
        crossProduct.add(chunk, columnStride, stride, CHUNK, m2);
        return m2;
    }

    @Benchmark
    @OperationsPerInvocation(POOL)
    public Moments columns() {
        MomentAccumulator acc = MomentAccumulator.of(names).usingKernel(crossProduct);
        acc.addColumns(columns, 0, POOL);
        return acc.toMoments();
    }

    @Benchmark
    @OperationsPerInvocation(POOL)
    public Moments rows() {
        MomentAccumulator acc = MomentAccumulator.of(names).usingKernel(crossProduct);
        for (double[] r : rowArrays) {
            acc.add(r);
        }
        return acc.toMoments();
    }

    @Benchmark
    @OperationsPerInvocation(POOL)
    public Moments weightedRows() {
        MomentAccumulator acc = MomentAccumulator.of(names).usingKernel(crossProduct);
        for (int r = 0; r < POOL; r++) {
            acc.add(rowArrays[r], weights[r]);
        }
        return acc.toMoments();
    }
}
