package dev.csimodel.stream;

import dev.csimodel.data.MomentAccumulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plain throughput measurement (not a unit test): rows per second through
 * {@link MomentAccumulator#add(double[])} on one thread. Rows are drawn from a pool generated up
 * front, so the figure measures the accumulator, not the random number generator.
 * Usage: {@code java -cp ... dev.csimodel.stream.ThroughputMain [rows] [columns] [repeats] [chunkRows]}.
 */
public final class ThroughputMain {

    /** Thread CPU time: the machine is shared, so wall time understates the per-core rate. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ThroughputMain() {
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int p = args.length > 1 ? Integer.parseInt(args[1]) : 27;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int chunk = args.length > 3 ? Integer.parseInt(args[3]) : MomentAccumulator.DEFAULT_CHUNK_ROWS;
        List<String> cols = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            cols.add("x" + j);
        }
        int pool = Integer.getInteger("pool", 4096);
        double[][] rows = new double[pool][p];
        SplittableRandom rnd = new SplittableRandom(7);
        for (double[] r : rows) {
            for (int j = 0; j < p; j++) {
                r[j] = 1 + rnd.nextInt(10);
            }
        }
        for (int rep = 0; rep < repeats; rep++) {
            MomentAccumulator acc = MomentAccumulator.of(cols, chunk);
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            for (long i = 0; i < n; i++) {
                acc.add(rows[(int) (i & (pool - 1))]);
            }
            double mean0 = acc.toMoments().mean(0);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("chunk %d, %d rows x %d columns: wall %.3f s (%.2f M rows/s), thread CPU %.3f s"
                    + " (%.2f M rows/s per core) (mean0 %.4f)%n", chunk, n, p, s, n / s / 1e6, cpu, n / cpu / 1e6, mean0);
        }
    }
}
