package dev.csimodel.bench;

import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap of a 10-million-row stream through {@link MomentAccumulator} (not JMH: JMH's own
 * bookkeeping would be part of any heap figure). Rows are cycled from the benchmark's pool of
 * 4,000 pre-generated respondents; the peak is the sum of the heap pools' peak usage reported by
 * the JVM ({@link MemoryPoolMXBean#getPeakUsage()}), read before and after the stream. Run with a
 * small {@code -Xmx} to show that the stream fits:
 * {@code java -Xmx16m -cp csi-bench/target/benchmarks.jar dev.csimodel.bench.StreamingHeapMain 10000000}.
 */
public final class StreamingHeapMain {

    private StreamingHeapMain() {
    }

    /** @param args number of rows (default 10,000,000) */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : StreamingBenchmark.ROWS;
        List<String> columns = SyntheticSurvey.indicatorNames();
        double[][] pool = StreamingBenchmark.pool(StreamingBenchmark.POOL, 42L);
        System.gc();
        resetPeaks();
        long before = used();
        long start = System.nanoTime();
        MomentAccumulator acc = MomentAccumulator.of(columns);
        for (int r = 0, k = 0; r < rows; r++) {
            acc.add(pool[k]);
            k = k + 1 == pool.length ? 0 : k + 1;
        }
        Moments m = acc.toMoments();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("rows %d, %.2f s, %.2f million rows/s (wall), n = %.0f%n", rows, seconds, rows / seconds / 1e6,
                m.observations());
        System.out.printf("heap used after GC before the stream: %.1f MiB (pool of %d rows included)%n",
                before / 1048576.0, pool.length);
        System.out.printf("peak heap during the stream (sum of pool peaks): %.1f MiB; max heap %.1f MiB%n",
                peak() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
