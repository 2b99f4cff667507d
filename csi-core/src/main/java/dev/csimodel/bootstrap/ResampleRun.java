package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bootstrap run: estimates every resample (and, for BCa, every leave-one-out sample) into
 * per-index slots, so the outcome depends on the seed and not on the threads.
 *
 * <p>Resample b, attempt r draws its n row indices from a {@link SplittableRandom} seeded with
 * {@code mix(mix(seed + γ(b + 1)) + γ(r + 1))}, where mix is the SplitMix64 finaliser and γ the
 * golden-ratio increment (Steele, Lea and Flood 2014): streams of different (b, r) are
 * unrelated and none is shared between threads.
 */
final class ResampleRun {

    /** A resample index is given up after this many failed draws under {@link FailurePolicy#REPLACE}. */
    static final int MAX_ATTEMPTS = 100;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private enum Outcome { OK, NON_CONVERGED, FAILED }

    private final PlsEstimator estimator;
    private final BootstrapSettings settings;
    private final PlsResult original;
    private final StatisticLayout layout;
    private final double[] originalValues;
    private final ResampleData data;
    private final BootstrapListener listener;
    private final AtomicInteger done = new AtomicInteger();
    private final int total;
    /**
     * True to estimate every resample through a full {@link PlsResult} (the reference path, and
     * the only one for consistent PLS and custom statistics that are not {@link MomentStatistic}s);
     * false to use {@link ResampleStatistics} where it applies. Set before {@link #execute}.
     */
    private boolean fullEstimates;

    final double[][] replicates;
    final boolean[] used;
    final int[] attempts;
    final int[] failures;
    final int[] nonConverged;
    final double[][] jackknife;
    final boolean[] jackknifeUsed;

    ResampleRun(PlsEstimator estimator, BootstrapSettings settings, PlsResult original, StatisticLayout layout,
                DataTable table, BootstrapListener listener) {
        this(estimator, settings, original, layout, table, null, false, listener);
    }

    /** A run whose resamples carry the row weights {@code rowWeights} (see {@link ResampleData}). */
    ResampleRun(PlsEstimator estimator, BootstrapSettings settings, PlsResult original, StatisticLayout layout,
                DataTable table, double[] rowWeights, boolean frequency, BootstrapListener listener) {
        this.estimator = estimator;
        this.settings = settings;
        this.original = original;
        this.layout = layout;
        this.listener = listener;
        this.originalValues = new double[layout.size()];
        layout.extract(original, originalValues);
        this.data = new ResampleData(table, original.moments(), rowWeights, frequency);
        int n = settings.resamples();
        boolean bca = settings.computes(IntervalMethod.BCA);
        this.total = n + (bca ? data.rows() : 0);
        replicates = new double[n][layout.size()];
        used = new boolean[n];
        attempts = new int[n];
        failures = new int[n];
        nonConverged = new int[n];
        jackknife = bca ? new double[data.rows()][layout.size()] : null;
        jackknifeUsed = bca ? new boolean[data.rows()] : null;
    }

    /** Chooses the reference path (true) or the lean one where it applies (false, the default). */
    ResampleRun fullEstimates(boolean value) {
        fullEstimates = value;
        return this;
    }

    double[] originalValues() {
        return originalValues.clone();
    }

    /** Estimates the resamples (and leave-one-out samples) on the threads of {@code runner}. */
    void execute(ParallelRunner runner) {
        runner.forEach(settings.resamples(), Worker::new, this::resample);
        if (jackknife != null) {
            runner.forEach(data.rows(), Worker::new, this::leaveOneOut);
        }
    }

    private void resample(Worker w, int b) {
        for (int attempt = 0; ; attempt++) {
            w.draw(streamSeed(settings.seed(), b, attempt));
            Outcome o = w.estimate(data.rows(), replicates[b]);
            attempts[b]++;
            failures[b] += o == Outcome.FAILED ? 1 : 0;
            nonConverged[b] += o == Outcome.NON_CONVERGED ? 1 : 0;
            if (accepted(o)) {
                used[b] = true;
                break;
            }
            if (settings.failurePolicy() != FailurePolicy.REPLACE) {
                break;
            }
            if (attempt + 1 == MAX_ATTEMPTS) {
                throw new CsiEstimationException("resample " + (b + 1) + " failed or did not converge in "
                        + MAX_ATTEMPTS + " draws; the data are too small or degenerate to bootstrap");
            }
        }
        progress();
    }

    /** Leave-one-out estimates that fail (or do not converge, unless KEEP) are left out. */
    private void leaveOneOut(Worker w, int i) {
        Arrays.fill(w.counts, 1);
        w.counts[i] = 0;
        jackknifeUsed[i] = accepted(w.estimate(data.rows() - 1, jackknife[i]));
        progress();
    }

    private boolean accepted(Outcome o) {
        return o == Outcome.OK || (o == Outcome.NON_CONVERGED && settings.failurePolicy() == FailurePolicy.KEEP);
    }

    private void progress() {
        listener.onProgress(done.incrementAndGet(), total);
    }

    static long streamSeed(long seed, int index, int attempt) {
        long z = mix(seed + GOLDEN * (index + 1L));
        return mix(z + GOLDEN * (attempt + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Per-thread buffers. */
    private final class Worker {
        private final int[] counts = new int[data.rows()];
        private final ResampleData.Workspace workspace = data.workspace();
        private final ResampleStatistics lean = fullEstimates || !ResampleStatistics.supports(estimator.settings(), layout)
                ? null : new ResampleStatistics(original.model(), estimator.settings(), data.names(), layout);

        void draw(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = counts.length;
            Arrays.fill(counts, 0);
            for (int k = 0; k < n; k++) {
                counts[random.nextInt(n)]++;
            }
        }

        Outcome estimate(int size, double[] out) {
            try {
                boolean converged = lean == null ? full(size, out) : lean(size, out);
                layout.align(out, originalValues, settings.signChange());
                return converged ? Outcome.OK : Outcome.NON_CONVERGED;
            } catch (CsiException e) {
                return Outcome.FAILED;
            }
        }

        private boolean full(int size, double[] out) {
            Moments m = data.moments(counts, size, workspace);
            PlsResult r = estimator.estimate(original.model(), m);
            layout.extract(r, out);
            return r.converged();
        }

        private boolean lean(int size, double[] out) {
            double n = data.covariance(counts, size, workspace);
            boolean converged = lean.estimate(data.covarianceMatrix(workspace), data.means(workspace), n, out);
            layout.requireFinite(out);
            return converged;
        }
    }
}
