package dev.csimodel.data;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@link KernelBenchmark}'s cases timed in thread CPU time instead of wall time, the kernels
 * interleaved round by round: on a machine shared with other jobs wall time mostly measures the
 * scheduler, CPU time much less so (cache sharing still shows). Prints the median over the
 * rounds of rows per CPU-second. Run with the vector module:
 * {@code java --add-modules jdk.incubator.vector -cp csi-bench/target/benchmarks.jar
 * dev.csimodel.data.KernelCpuMain [rounds]}.
 */
public final class KernelCpuMain {

    private static final String[] KERNELS = {"tiled", "scalar", "vector"};
    private static final String[] CASES = {"crossProduct", "columns", "rows", "weightedRows"};

    private KernelCpuMain() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<KernelBenchmark> benches = new ArrayList<>();
        for (String k : KERNELS) {
            KernelBenchmark b = new KernelBenchmark();
            b.kernel = k;
            b.setUp();
            benches.add(b);
        }
        double[][][] rate = new double[CASES.length][KERNELS.length][rounds];
        for (int round = -2; round < rounds; round++) {
            for (int c = 0; c < CASES.length; c++) {
                for (int k = 0; k < KERNELS.length; k++) {
                    KernelBenchmark b = benches.get(k);
                    Supplier<Object> op = op(b, CASES[c]);
                    int perOp = c == 0 ? KernelBenchmark.CHUNK : KernelBenchmark.POOL;
                    int reps = Math.max(1, 20_000_000 / perOp / (c == 0 ? 1 : 4));
                    long t0 = mx.getCurrentThreadCpuTime();
                    Object sink = null;
                    for (int r = 0; r < reps; r++) {
                        sink = op.get();
                    }
                    long t = mx.getCurrentThreadCpuTime() - t0;
                    if (round >= 0) {
                        rate[c][k][round] = (double) reps * perOp / (t * 1e-9);
                    }
                    if (sink == null) {
                        throw new IllegalStateException();
                    }
                }
            }
        }
        for (int c = 0; c < CASES.length; c++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-13s", CASES[c]));
            for (int k = 0; k < KERNELS.length; k++) {
                double[] r = rate[c][k].clone();
                Arrays.sort(r);
                line.append(String.format(Locale.ROOT, "  %s %6.2f M rows/s (%.2f-%.2f)", KERNELS[k],
                        r[r.length / 2] / 1e6, r[0] / 1e6, r[r.length - 1] / 1e6));
            }
            System.out.println(line);
        }
    }

    private static Supplier<Object> op(KernelBenchmark b, String name) {
        switch (name) {
            case "crossProduct":
                return b::crossProduct;
            case "columns":
                return b::columns;
            case "rows":
                return b::rows;
            default:
                return b::weightedRows;
        }
    }
}
