package dev.csimodel.analysis.rollup;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The stratified bootstrap of a rollup: each replicate draws, within every company, as many
 * respondents as it has, with replacement (Efron and Tibshirani 1993, section 6.4: sampling
 * within strata), recomputes the company indices exactly as the point estimate does and the
 * whole hierarchy from them; so every level's interval carries the sampling error of all the
 * companies below it. Replicate b uses the b-th seed drawn from the settings' seed, whatever
 * thread runs it, so results do not depend on the thread count. A replicate fails when a company
 * or construct that has an index in the data has none in the replicate (or its estimation
 * fails); failed replicates are dropped and counted, and when more than
 * {@value #MAX_FAILURE_SHARE} of them fail no interval is given.
 */
final class RollupBootstrap {

    /** Above this share of failed replicates the intervals are withheld. */
    static final double MAX_FAILURE_SHARE = 0.5;

    private final DataTable data;
    private final CompanyRows rows;
    private final Hierarchy hierarchy;
    private final Nodes nodes;
    private final CompanyScoring scoring;
    private final double[][] point;

    RollupBootstrap(DataTable data, CompanyRows rows, Hierarchy hierarchy, Nodes nodes, CompanyScoring scoring,
                    double[][] point) {
        this.data = data;
        this.rows = rows;
        this.hierarchy = hierarchy;
        this.nodes = nodes;
        this.scoring = scoring;
        this.point = point;
    }

    /** @return the value table of every replicate, null for a failed one, in replicate order */
    double[][][] run(RollupSettings settings) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        List<Callable<double[][]>> tasks = new ArrayList<>();
        for (int b = 0; b < settings.replicates(); b++) {
            long seed = root.nextLong();
            tasks.add(() -> replicate(new SplittableRandom(seed)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "csi-rollup-bootstrap");
            t.setDaemon(true);
            return t;
        });
        try {
            return collect(pool.invokeAll(tasks));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CsiEstimationException("the rollup bootstrap was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[][][] collect(List<Future<double[][]>> futures) throws InterruptedException {
        double[][][] out = new double[futures.size()][][];
        for (int b = 0; b < out.length; b++) {
            try {
                out[b] = futures.get(b).get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new CsiEstimationException("rollup bootstrap replicate " + (b + 1) + " failed", e.getCause());
            }
        }
        return out;
    }

    private double[][] replicate(SplittableRandom random) {
        int[] drawn = new int[rows.total()];
        String[] labels = new String[drawn.length];
        int pos = 0;
        for (int k = 0; k < rows.companies(); k++) {
            int[] own = rows.rows(k);
            String name = hierarchy.companies().get(k).name();
            for (int j = 0; j < own.length; j++) {
                drawn[pos] = own[random.nextInt(own.length)];
                labels[pos++] = name;
            }
        }
        try {
            return finish(point, scoring.values(scoring.indices(data.rows(drawn), labels), nodes), nodes);
        } catch (CsiDataException | CsiEstimationException e) {
            return null;
        }
    }

    /**
     * Completes a replicate's company values into the whole hierarchy: null (a failed replicate)
     * when a company and construct with an index in the data has none in the replicate; a company
     * excluded in the data stays excluded in every replicate.
     */
    static double[][] finish(double[][] point, double[][] values, Nodes nodes) {
        int companies = nodes.companies();
        for (int k = 0; k < companies; k++) {
            for (int c = 0; c < values[k].length; c++) {
                if (Double.isNaN(point[k][c])) {
                    values[k][c] = Double.NaN;
                } else if (Double.isNaN(values[k][c])) {
                    return null;
                }
            }
        }
        nodes.aggregate(values);
        return values;
    }

    /**
     * @return the standard error and percentile interval of node {@code node}, construct
     *         {@code c}, over the replicates that did not fail; empty when too many failed
     */
    static Optional<double[]> summary(double[][][] replicates, int node, int c, double level) {
        double[] values = Arrays.stream(replicates).filter(r -> r != null).mapToDouble(r -> r[node][c]).toArray();
        if (values.length < 2 || replicates.length - values.length > MAX_FAILURE_SHARE * replicates.length) {
            return Optional.empty();
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double ss = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        Interval interval = Interval.percentile(values, level);
        return Optional.of(new double[]{Math.sqrt(ss / (values.length - 1)), interval.lower(), interval.upper()});
    }

    static RollupIndex index(Level level, String name, String construct, double value, Optional<double[]> summary) {
        return new RollupIndex(level, name, construct, value,
                summary.map(s -> OptionalDouble.of(s[0])).orElse(OptionalDouble.empty()),
                summary.map(s -> new Interval(s[1], s[2])));
    }

    static int failed(double[][][] replicates) {
        return (int) Arrays.stream(replicates).filter(r -> r == null).count();
    }
}
