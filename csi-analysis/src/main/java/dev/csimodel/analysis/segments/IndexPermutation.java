package dev.csimodel.analysis.segments;

import dev.csimodel.data.DataTable;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The permutation test of the index differences of one pair of segments: the pooled rows are
 * A's then B's; permutation b shuffles them (Fisher-Yates) with its own generator seeded by
 * {@code (seed, pair, b)} and gives the first n_A to A, as the path test of
 * {@link dev.csimodel.groups.GroupComparison} does. Each permuted group's index follows the
 * {@link IndexRule} of the observed ones. Permutations run on {@code threads} threads and are
 * stored by their number, so the result is the same for any thread count.
 */
final class IndexPermutation {

    private static final double MAX_FAILURE_SHARE = 0.5;

    private final IndexRule rule;
    private final DataTable pooled;
    private final int nA;
    private final long streamBase;

    IndexPermutation(IndexRule rule, DataTable pooled, int nA, long seed, int pair) {
        this.rule = rule;
        this.pooled = pooled;
        this.nA = nA;
        // a different odd constant from the path test's, so the two tests do not share shuffles
        this.streamBase = seed * 0x632BE59BD9B4E019L + 0xD1B54A32D192ED03L * (pair + 1);
    }

    /** @return the index differences A − B of every permutation (null where a group had no estimate) */
    double[][] run(int permutations, int threads) {
        double[][] out = new double[permutations][];
        if (threads == 1) {
            for (int b = 0; b < permutations; b++) {
                out[b] = permutation(b);
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, permutations).parallel().forEach(b -> out[b] = permutation(b))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index permutations interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return out;
    }

    private double[] permutation(int b) {
        SplittableRandom random = new SplittableRandom(streamBase + 0x9E3779B97F4A7C15L * (b + 1));
        int n = pooled.rowCount();
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] a = Arrays.copyOfRange(order, 0, nA);
        int[] rest = Arrays.copyOfRange(order, nA, n);
        Arrays.sort(a);
        Arrays.sort(rest);
        double[] va = rule.values(pooled.rows(a));
        double[] vb = rule.values(pooled.rows(rest));
        if (va == null || vb == null) {
            return null;
        }
        for (int k = 0; k < va.length; k++) {
            va[k] -= vb[k];
        }
        return va;
    }

    /**
     * @return {@code (1 + #{|d*| ≥ |d|}) / (1 + N')} over the N' permutations that gave construct
     *         {@code k} an index; empty when more than half gave none
     */
    static OptionalDouble pValue(double[][] draws, int k, double observed) {
        double[] v = Arrays.stream(draws).filter(d -> d != null && !Double.isNaN(d[k])).mapToDouble(d -> d[k]).toArray();
        if (v.length == 0 || draws.length - v.length > MAX_FAILURE_SHARE * draws.length) {
            return OptionalDouble.empty();
        }
        long extreme = Arrays.stream(v).filter(x -> Math.abs(x) >= Math.abs(observed)).count();
        return OptionalDouble.of((1.0 + extreme) / (1.0 + v.length));
    }
}
