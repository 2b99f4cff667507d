package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The moment accumulator through its public API only (so that the same class can time an
 * older csi-core on its class path), 27 indicators, in thread CPU time: column blocks
 * ({@code addColumns}), rows ({@code add(double[])}) and weighted rows. Prints the median and
 * range over the rounds of million rows per CPU-second. Run:
 * {@code java [--add-modules jdk.incubator.vector] -cp csi-bench/target/benchmarks.jar
 * dev.csimodel.bench.AccumulatorCpuMain [rounds]}.
 */
public final class AccumulatorCpuMain {

    private static final int POOL = 4_000;

    private AccumulatorCpuMain() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        DataTable t = SyntheticSurvey.generate(POOL, 42L);
        List<String> names = t.columnNames();
        double[][] cols = new double[names.size()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = t.column(names.get(j));
        }
        double[][] rows = new double[POOL][names.size()];
        for (int r = 0; r < POOL; r++) {
            for (int j = 0; j < cols.length; j++) {
                rows[r][j] = cols[j][r];
            }
        }
        double[] w = new SplittableRandom(3).doubles(POOL, 0.5, 1.5).toArray();
        String[] cases = {"columns", "rows", "weightedRows"};
        List<Supplier<Moments>> ops = List.of(
            () -> {
                MomentAccumulator acc = MomentAccumulator.of(names);
                acc.addColumns(cols, 0, POOL);
                return acc.toMoments();
            },
            () -> {
                MomentAccumulator acc = MomentAccumulator.of(names);
                for (double[] r : rows) {
                    acc.add(r);
                }
                return acc.toMoments();
            },
            () -> {
                MomentAccumulator acc = MomentAccumulator.of(names);
                for (int r = 0; r < POOL; r++) {
                    acc.add(rows[r], w[r]);
                }
                return acc.toMoments();
            });
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] rate = new double[cases.length][rounds];
        for (int round = -2; round < rounds; round++) {
            for (int c = 0; c < cases.length; c++) {
                int reps = 1_000;
                long t0 = mx.getCurrentThreadCpuTime();
                Moments sink = null;
                for (int r = 0; r < reps; r++) {
                    sink = ops.get(c).get();
                }
                long ns = mx.getCurrentThreadCpuTime() - t0;
                if (sink == null) {
                    throw new IllegalStateException();
                }
                if (round >= 0) {
                    rate[c][round] = (double) reps * POOL / (ns * 1e-9);
                }
            }
        }
        for (int c = 0; c < cases.length; c++) {
            double[] r = rate[c].clone();
            Arrays.sort(r);
            System.out.println(String.format(Locale.ROOT, "%-13s %6.2f M rows/s (%.2f-%.2f)", cases[c],
                    r[r.length / 2] / 1e6, r[0] / 1e6, r[r.length - 1] / 1e6));
        }
    }
}
