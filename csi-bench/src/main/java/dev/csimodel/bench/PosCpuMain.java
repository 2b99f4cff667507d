package dev.csimodel.bench;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.segmentation.pos.PosEstimator;
import dev.csimodel.segmentation.pos.PosSettings;
import dev.csimodel.segmentation.pos.PosSolution;
import dev.csimodel.spec.PathModel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@link PosBenchmark}'s cases in thread CPU time, interleaved round by round (wall time on a
 * shared machine mostly measures the scheduler): one K = 2 start of PLS-POS on the bank ECSI
 * model, divided by its trial moves (an upper bound of the cost of one move, as the start also
 * estimates the whole sample and the final segments), against two PLS estimates from 125 rows,
 * what a move would cost without the moment updates. Prints medians in microseconds. Run:
 * {@code java -cp csi-bench/target/benchmarks.jar dev.csimodel.bench.PosCpuMain [rounds]}.
 */
public final class PosCpuMain {

    private PosCpuMain() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        DataTable data = BundledData.bankSatisfaction();
        PathModel model = BundledData.ecsiBankModel();
        DataTable half = data.rows(IntStream.range(0, data.rowCount()).filter(i -> i % 2 == 0).toArray());
        PosEstimator pos = new PosEstimator(PosSettings.defaults().withSegments(2).withStarts(1).withMinimumSegmentSize(40));
        PlsEstimator pls = PlsEstimator.withDefaults();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        PosSolution solution = pos.estimate(model, data).requireSolution(2);
        long moves = solution.trialMoves();
        double[] start = new double[rounds];
        double[] rows = new double[rounds];
        for (int warm = 0; warm < 20; warm++) {
            pos.estimate(model, data);
            pls.estimate(model, half);
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = bean.getCurrentThreadCpuTime();
            pos.estimate(model, data);
            long t1 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < 50; i++) {
                pls.estimate(model, half);
            }
            long t2 = bean.getCurrentThreadCpuTime();
            start[r] = (t1 - t0) / 1e3;
            rows[r] = (t2 - t1) / 1e3 / 50;
        }
        Arrays.sort(start);
        Arrays.sort(rows);
        double s = start[rounds / 2];
        double e = rows[rounds / 2];
        System.out.printf(Locale.ROOT, "one start: %.0f us CPU, %d passes, %d trial moves -> at most %.1f us per move%n",
                s, solution.iterations(), moves, s / moves);
        System.out.printf(Locale.ROOT, "PLS estimate from 125 rows: %.1f us CPU -> %.1f us for the two segments of a move%n",
                e, 2 * e);
    }
}
