package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.WeightedMoments;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.List;

/**
 * Nonparametric (case-resampling) bootstrap of a PLS path model (Efron and Tibshirani 1993,
 * chapter 6; for PLS-PM Chin 1998 and Tenenhaus et al. 2005, section 4.4):
 * {@code new Bootstrap(estimator, settings).run(model, data) → BootstrapResult}.
 *
 * <p>The model is estimated on the data, then on N resamples of n rows drawn with replacement.
 * A resample never becomes a {@link DataTable}: its moments are accumulated from how often each
 * row is drawn, and the estimator works on moments. Resamples run in parallel on
 * {@link BootstrapSettings#threads()} threads; each draws from its own random stream derived
 * from the seed and its index, and writes to its own slot, so a seed gives bit-identical results
 * on any number of threads. For BCa intervals the n leave-one-out estimates are added.
 *
 * <p>Immutable; one instance may run several bootstraps, also concurrently.
 */
public final class Bootstrap {

    private final PlsEstimator estimator;
    private final BootstrapSettings settings;
    private final List<BootstrapStatistic> statistics;
    /** Reference path for tests: every resample through a full result (see {@link ResampleRun}). */
    private final boolean fullEstimates;

    /**
     * A bootstrap of the built-in statistics.
     * @param estimator the PLS estimator applied to the original data and to every resample
     * @param settings the number of resamples, seed, threads, sign alignment and intervals
     */
    public Bootstrap(PlsEstimator estimator, BootstrapSettings settings) {
        this(estimator, settings, List.of());
    }

    /**
     * A bootstrap of the built-in statistics and {@code statistics}.
     *
     * @throws CsiSpecificationException if an argument is null
     * @param estimator the PLS estimator applied to the original data and to every resample
     * @param settings the number of resamples, seed, threads, sign alignment and intervals
     * @param statistics user-defined statistics computed on every resample besides the built-in ones
     * (their names must be unique)
     */
    public Bootstrap(PlsEstimator estimator, BootstrapSettings settings, List<BootstrapStatistic> statistics) {
        this(estimator, settings, statistics, false);
    }

    /** As the public constructor; {@code fullEstimates} forces the reference path of {@link ResampleRun}. */
    Bootstrap(PlsEstimator estimator, BootstrapSettings settings, List<BootstrapStatistic> statistics,
              boolean fullEstimates) {
        Arguments.requireNonNull(estimator, "estimator");
        Arguments.requireNonNull(settings, "settings");
        Arguments.requireNonNull(statistics, "statistics");
        this.estimator = estimator;
        this.settings = settings;
        this.statistics = List.copyOf(statistics);
        this.fullEstimates = fullEstimates;
    }

    /** @return the settings */
    public BootstrapSettings settings() {
        return settings;
    }

    /**
     * Runs the bootstrap without progress reports; see {@link #run(PathModel, DataTable, BootstrapListener)}.
     * @param data the rows, without missing values (its missing-data strategy is not applied:
     * a missing cell is rejected naming its column and row)
     * @param model the path model to estimate on the original data and on every resample
     * @return the original estimate with the bootstrap inference for every statistic
     */
    public BootstrapResult run(PathModel model, DataTable data) {
        return run(model, data, BootstrapListener.NONE);
    }

    /**
     * Estimates {@code model} on {@code data} and bootstraps it.
     *
     * @param listener receives progress from the worker threads (see {@link BootstrapListener})
     * @throws dev.csimodel.CsiDataException if the original data cannot be estimated
     * @throws CsiEstimationException        if the original estimation fails, fewer than two
     *                                       resamples can be used, a resample cannot be replaced
     *                                       in 100 draws, or BCa
     *                                       finds fewer than two usable leave-one-out estimates
     * @param data the rows, without missing values (its missing-data strategy is not applied:
     * a missing cell is rejected naming its column and row)
     * @param model the path model to estimate on the original data and on every resample
     * @return the original estimate with the bootstrap inference for every statistic
     */
    public BootstrapResult run(PathModel model, DataTable data, BootstrapListener listener) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(listener, "listener");
        PlsResult original = estimator.estimate(model, data);
        StatisticLayout layout = new StatisticLayout(original, statistics);
        ResampleRun run = new ResampleRun(estimator, settings, original, layout, data, listener)
                .fullEstimates(fullEstimates);
        return execute(run, original, layout);
    }

    /**
     * Estimates {@code model} on {@code data} with the weights of {@code handling} and bootstraps
     * it by resampling respondents: each resample draws n rows with replacement and every drawn
     * row carries its own weight into the resample's weighted moments (a row drawn c times with
     * weight w counts c·w times). Sampling weights are rescaled to sum to n once, on the data;
     * a resample's n is then the number of rows drawn, under frequency weights it is Σ c·w. The
     * draws are those of the unweighted bootstrap, so equal weights give its result and the
     * outcome does not depend on the threads. Without a weight column this is {@link #run(PathModel,
     * DataTable, BootstrapListener)}.
     *
     * @param data the rows, without missing values (its missing-data strategy is not applied:
     *             a missing cell is rejected naming its column and row)
     * @throws dev.csimodel.CsiDataException as {@link #run(PathModel, DataTable, BootstrapListener)},
     *                                       or naming the weight column if it is absent or invalid
     * @param listener receives progress from the worker threads (see {@link BootstrapListener})
     * @param model the path model to estimate on the original data and on every resample
     * @param handling how missing values are treated and which column, if any, weights the rows
     * @return the original estimate with the bootstrap inference for every statistic
     */
    public BootstrapResult run(PathModel model, DataTable data, DataHandling handling, BootstrapListener listener) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(handling, "handling");
        Arguments.requireNonNull(listener, "listener");
        if (handling.weightColumn() == null) {
            return run(model, data, listener);
        }
        DataHandling complete = handling.withMissing(MissingStrategy.REJECT);
        PlsResult original = estimator.estimate(model, data, complete);
        double[] w = WeightedMoments.weights(data, handling.weightColumn());
        boolean frequency = handling.weightKind() == WeightKind.FREQUENCY;
        StatisticLayout layout = new StatisticLayout(original, statistics);
        ResampleRun run = new ResampleRun(estimator, settings, original, layout, data,
                frequency ? w : WeightedMoments.normalised(w), frequency, listener).fullEstimates(fullEstimates);
        return execute(run, original, layout);
    }

    /** Runs the resamples, then summarises the statistics in parallel on the same threads. */
    private BootstrapResult execute(ResampleRun run, PlsResult original, StatisticLayout layout) {
        try (ParallelRunner runner = new ParallelRunner(settings.threads())) {
            run.execute(runner);
            return summarise(run, original, layout, runner);
        }
    }

    /**
     * One {@link BootstrapEstimate} per statistic; each is computed from its own column into its
     * own slot (sorting the B replicates dominates), so the threads do not change the outcome.
     */
    private BootstrapResult summarise(ResampleRun run, PlsResult original, StatisticLayout layout,
                                      ParallelRunner runner) {
        int[] usedRows = rows(run.used);
        int failed = sum(run.failures);
        int nonConverged = sum(run.nonConverged);
        if (usedRows.length < 2) {
            throw new CsiEstimationException("only " + usedRows.length + " of " + settings.resamples()
                    + " resamples could be used (" + failed + " failed, " + nonConverged + " did not converge)");
        }
        int[] jackRows = run.jackknife == null ? null : jackknifeRows(run);
        double[] originalValues = run.originalValues();
        int attempted = sum(run.attempts);
        boolean withheld = BootstrapResult.tooManyFailures(attempted, usedRows.length);
        EstimateCalculator calc = new EstimateCalculator(settings, usedRows.length, withheld);
        BootstrapEstimate[] estimates = new BootstrapEstimate[layout.size()];
        double[][] columns = new double[layout.size()][];
        List<StatisticKey> keys = layout.keys();
        runner.forEach(estimates.length, () -> null, (none, j) -> {
            columns[j] = column(run.replicates, usedRows, j);
            double[] jack = jackRows == null ? null : column(run.jackknife, jackRows, j);
            estimates[j] = calc.estimate(keys.get(j), originalValues[j], columns[j], jack);
        });
        return new BootstrapResult(settings, original, layout, estimates, columns, attempted, failed, nonConverged);
    }

    private static int[] jackknifeRows(ResampleRun run) {
        int[] rows = rows(run.jackknifeUsed);
        if (rows.length < 2) {
            throw new CsiEstimationException("BCa intervals need the jackknife, but only " + rows.length + " of "
                    + run.jackknifeUsed.length + " leave-one-out estimates succeeded");
        }
        return rows;
    }

    private static int[] rows(boolean[] used) {
        int count = 0;
        for (boolean u : used) {
            count += u ? 1 : 0;
        }
        int[] rows = new int[count];
        for (int b = 0, k = 0; b < used.length; b++) {
            if (used[b]) {
                rows[k++] = b;
            }
        }
        return rows;
    }

    /** Statistic {@code j} of the used rows. */
    private static double[] column(double[][] values, int[] rows, int j) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]][j];
        }
        return out;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
