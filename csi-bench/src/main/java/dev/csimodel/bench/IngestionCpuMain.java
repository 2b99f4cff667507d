package dev.csimodel.bench;

import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;
import dev.csimodel.io.CsvDataReader;
import dev.csimodel.io.CsvRowStream;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of reading a CSV file to moments on one thread, byte path against the previous
 * character path: on a machine shared with other work, CPU seconds per file measure the cost
 * per core far more steadily than wall time (which JMH reports). Reads every column of the
 * header. Not JMH; runs each reader {@code REPEATS} times after one warm-up read and prints the
 * fastest.
 * <p>{@code java -cp csi-bench/target/benchmarks.jar dev.csimodel.bench.IngestionCpuMain FILE.csv [REPEATS] [old]}
 */
public final class IngestionCpuMain {

    private IngestionCpuMain() {
    }

    /** Counts rows: the cost of tokenizing and number parsing alone. */
    private static final class CountFold implements dev.csimodel.io.CsvFold<long[]> {
        @Override
        public long[] start(List<String> columns) {
            return new long[1];
        }

        @Override
        public void row(long[] state, double[] values, String label, dev.csimodel.io.CsvPlace place) {
            state[0] += values.length;
        }

        @Override
        public long[] merge(long[] earlier, long[] later) {
            earlier[0] += later[0];
            return earlier;
        }
    }

    /** @param args file, repeats (default 3), "old" to include the character path */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean old = args.length > 2 && args[2].equals("old");
        CsvDataReader reader = CsvDataReader.withDefaults().withThreads(1);
        List<String> columns = reader.header(file);
        double mb = Files.size(file) / 1e6;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double bestOld = Double.MAX_VALUE;
        double bestParse = Double.MAX_VALUE;
        long rows = 0;
        for (int r = 0; r <= repeats; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            Moments m = reader.fold(file, h -> columns, null, new IngestionBenchmark.MomentFold()).toMoments();
            double s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
            rows = (long) m.observations();
            best = r == 0 ? best : Math.min(best, s);
            t0 = cpu.getCurrentThreadCpuTime();
            reader.fold(file, h -> columns, null, new CountFold());
            s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
            bestParse = r == 0 ? bestParse : Math.min(bestParse, s);
            if (old) {
                t0 = cpu.getCurrentThreadCpuTime();
                try (CsvRowStream stream = reader.stream(file, columns, null)) {
                    MomentAccumulator.accumulate(stream.columns(), stream).toMoments();
                }
                s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
                bestOld = r == 0 ? bestOld : Math.min(bestOld, s);
            }
        }
        System.out.printf("%s: %.1f MB, %d rows x %d%n", file, mb, rows, columns.size());
        System.out.printf("byte path, 1 thread: %.3f CPU s, %.0f MB/s, %.2f M rows/s per CPU second%n", best, mb / best,
                rows / best / 1e6);
        System.out.printf("  of which parsing:  %.3f CPU s, %.0f MB/s (a fold that only counts rows; the rest is the accumulator)%n",
                bestParse, mb / bestParse);
        if (old) {
            System.out.printf("character path:     %.3f CPU s, %.0f MB/s, %.2f M rows/s per CPU second (%.1fx)%n", bestOld,
                    mb / bestOld, rows / bestOld / 1e6, bestOld / best);
        }
    }
}
