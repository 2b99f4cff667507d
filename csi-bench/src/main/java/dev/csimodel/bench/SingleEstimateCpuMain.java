package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@link SingleEstimateBenchmark}'s three cases, and the construction of the result alone
 * ({@code resultOnly}: estimateFromMoments minus it is the iteration), timed in thread CPU time, interleaved round by
 * round (on a shared machine wall time mostly measures the scheduler). Prints the median and
 * range over the rounds of microseconds per call. Run:
 * {@code java [--add-modules jdk.incubator.vector] -cp csi-bench/target/benchmarks.jar
 * dev.csimodel.bench.SingleEstimateCpuMain [rounds]}.
 */
public final class SingleEstimateCpuMain {

    private SingleEstimateCpuMain() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        DataTable data = BundledData.bankSatisfaction();
        PathModel model = BundledData.ecsiBankModel();
        PlsEstimator estimator = PlsEstimator.withDefaults();
        Moments m = Moments.of(data, model.indicators());
        PlsResult fit = estimator.estimate(model, m);
        double[] w = model.indicators().stream().mapToDouble(fit::outerWeight).toArray();
        String[] names = {"estimate", "moments", "estimateFromMoments", "resultOnly"};
        Supplier<?>[] ops = {
            () -> estimator.estimate(model, data),
            () -> Moments.of(data, model.indicators()),
            () -> estimator.estimate(model, m),
            () -> new PlsResult(model, fit.settings(), m, w, fit.convergence(), null),
        };
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] us = new double[ops.length][rounds];
        for (int round = -3; round < rounds; round++) {
            for (int c = 0; c < ops.length; c++) {
                int reps = 2_000;
                long t0 = mx.getCurrentThreadCpuTime();
                Object sink = null;
                for (int r = 0; r < reps; r++) {
                    sink = ops[c].get();
                }
                long t = mx.getCurrentThreadCpuTime() - t0;
                if (sink == null) {
                    throw new IllegalStateException();
                }
                if (round >= 0) {
                    us[c][round] = t / 1e3 / reps;
                }
            }
        }
        for (int c = 0; c < ops.length; c++) {
            double[] r = us[c].clone();
            Arrays.sort(r);
            System.out.println(String.format(Locale.ROOT, "%-20s %7.1f us (%.1f-%.1f)", names[c], r[r.length / 2],
                    r[0], r[r.length - 1]));
        }
    }
}
