package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiException;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.FitStatistics;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The resamples of a {@link FitBootstrap}: for each {@link ImpliedModel} N resamples of its own
 * Bollen-Stine transformed data, estimated into per-index slots. Resample b of either model,
 * attempt r, draws its rows from the stream {@link ResampleRun#streamSeed} of (seed, b, r), the
 * streams of {@link Bootstrap}; the outcome therefore depends on the seed and not on the threads.
 */
final class FitResampleRun {

    private enum Outcome { OK, NON_CONVERGED, FAILED }

    private static final int MODELS = ImpliedModel.values().length;
    private static final int MEASURES = FitMeasure.values().length;

    private final PlsEstimator estimator;
    private final BootstrapSettings settings;
    private final PathModel model;
    private final ResampleData[] data;
    private final BootstrapListener listener;
    private final AtomicInteger done = new AtomicInteger();
    private final int rows;

    /** [model][resample][measure]; d_G is NaN where the resample's matrices are not positive definite. */
    final double[][][] values;
    final boolean[][] used;
    final int[][] attempts;
    final int[][] failures;
    final int[][] nonConverged;

    FitResampleRun(PlsEstimator estimator, BootstrapSettings settings, PathModel model, ResampleData[] data,
                   BootstrapListener listener) {
        this.estimator = estimator;
        this.settings = settings;
        this.model = model;
        this.data = data.clone();
        this.listener = listener;
        this.rows = data[0].rows();
        int n = settings.resamples();
        values = new double[MODELS][n][MEASURES];
        used = new boolean[MODELS][n];
        attempts = new int[MODELS][n];
        failures = new int[MODELS][n];
        nonConverged = new int[MODELS][n];
    }

    void execute() {
        int n = settings.resamples();
        try (ParallelRunner runner = new ParallelRunner(settings.threads())) {
            runner.forEach(MODELS * n, Worker::new, (w, i) -> resample(w, i / n, i % n));
        }
    }

    private void resample(Worker w, int m, int b) {
        for (int attempt = 0; ; attempt++) {
            w.draw(ResampleRun.streamSeed(settings.seed(), b, attempt));
            Outcome o = w.estimate(m, values[m][b]);
            attempts[m][b]++;
            failures[m][b] += o == Outcome.FAILED ? 1 : 0;
            nonConverged[m][b] += o == Outcome.NON_CONVERGED ? 1 : 0;
            if (o == Outcome.OK || (o == Outcome.NON_CONVERGED && settings.failurePolicy() == FailurePolicy.KEEP)) {
                used[m][b] = true;
                break;
            }
            if (settings.failurePolicy() != FailurePolicy.REPLACE) {
                break;
            }
            if (attempt + 1 == ResampleRun.MAX_ATTEMPTS) {
                throw new CsiEstimationException("resample " + (b + 1) + " of the " + ImpliedModel.values()[m]
                        .name().toLowerCase() + " model's fit test failed or did not converge in "
                        + ResampleRun.MAX_ATTEMPTS + " draws; the data are too small or degenerate to bootstrap");
            }
        }
        listener.onProgress(done.incrementAndGet(), MODELS * settings.resamples());
    }

    /** Per-thread buffers. */
    private final class Worker {
        private final int[] counts = new int[rows];
        private final ResampleData.Workspace[] workspaces = new ResampleData.Workspace[MODELS];

        Worker() {
            for (int m = 0; m < MODELS; m++) {
                workspaces[m] = data[m].workspace();
            }
        }

        void draw(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            Arrays.fill(counts, 0);
            for (int k = 0; k < rows; k++) {
                counts[random.nextInt(rows)]++;
            }
        }

        Outcome estimate(int m, double[] out) {
            try {
                Moments moments = data[m].moments(counts, rows, workspaces[m]);
                PlsResult r = estimator.estimate(model, moments);
                FitStatistics fit = m == ImpliedModel.SATURATED.ordinal() ? r.fit().saturated() : r.fit().estimated();
                for (FitMeasure measure : FitMeasure.values()) {
                    out[measure.ordinal()] = measure.of(fit);
                }
                if (!Double.isFinite(out[FitMeasure.SRMR.ordinal()]) || !Double.isFinite(out[FitMeasure.D_ULS.ordinal()])) {
                    return Outcome.FAILED;
                }
                return r.converged() ? Outcome.OK : Outcome.NON_CONVERGED;
            } catch (CsiException e) {
                return Outcome.FAILED;
            }
        }
    }
}
