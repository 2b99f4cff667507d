package dev.csimodel.bootstrap;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.FitStatistics;
import dev.csimodel.result.ModelFit;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Bollen-Stine bootstrap test of overall model fit (Bollen and Stine 1992, "Bootstrapping
 * goodness-of-fit measures in structural equation models", Sociological Methods &amp; Research
 * 21; for composite models Dijkstra and Henseler 2015, CSDA 81, and Henseler 2017):
 * {@code new FitBootstrap(estimator, settings).run(model, data) → FitBootstrapResult}.
 *
 * <p>For each {@link ImpliedModel} (saturated and estimated, see {@link ModelFit}) the data are
 * transformed so that their correlation matrix equals that model's implied Σ,
 * {@code Z = X_std S^{-1/2} Σ^{1/2}} (keeping each column's mean and SD), so the null hypothesis
 * "the model holds" is true in the resampling population. N resamples of Z are re-estimated and
 * SRMR, d_ULS and d_G computed each time; the result reports the original measure, the 95% and
 * 99% quantiles of the resample distribution (HI95, HI99: the model is rejected at 5% if the
 * original exceeds HI95) and the p-value #{T* ≥ T}/B. With consistent PLS the implied matrices
 * treat common factors as {@link ModelFit} does. Note that Mode A weights re-estimated on data
 * whose correlation matrix is a composite model's Σ differ from the weights Σ was built with
 * unless they are eigenvectors of their block's correlation matrix (Mode B and consistent
 * weights reproduce Σ exactly), so with Mode A the resample measures are not centred on zero
 * even for large n; the original measure carries a Mode A discrepancy of the same kind.
 *
 * <p>Resamples use the streams, threads and {@link FailurePolicy} of {@link Bootstrap}: a seed
 * gives bit-identical results on any number of threads. A resample whose estimation fails, or
 * whose SRMR or d_ULS is not finite, is handled by the failure policy; a resample whose d_G is
 * undefined (its S or Σ not positive definite) is left out of the d_G quantiles only.
 * Immutable.
 */
public final class FitBootstrap {

    private final PlsEstimator estimator;
    private final BootstrapSettings settings;

    /**
     * @throws CsiSpecificationException if an argument is null
     * @param estimator the PLS estimator applied to the original data and to every resample
     * @param settings the number of resamples, seed, threads and failure policy
     */
    public FitBootstrap(PlsEstimator estimator, BootstrapSettings settings) {
        if (estimator == null || settings == null) {
            throw new CsiSpecificationException("the fit bootstrap needs an estimator and settings");
        }
        this.estimator = estimator;
        this.settings = settings;
    }

    /** @return the settings */
    public BootstrapSettings settings() {
        return settings;
    }

    /**
     * Runs without progress reports; see {@link #run(PathModel, DataTable, BootstrapListener)}.
     * @param model the path model to estimate and test
     * @param data the complete rows, one column per indicator of {@code model}
     * @return the quantiles of every fit measure under the saturated and the estimated model
     */
    public FitBootstrapResult run(PathModel model, DataTable data) {
        return run(model, data, BootstrapListener.NONE);
    }

    /**
     * Estimates {@code model} on {@code data} (complete rows, as {@link Bootstrap}) and tests its
     * fit. Only the resamples are drawn; interval and sign-change settings do not apply.
     *
     * @param listener receives progress over the 2N resamples (both models)
     * @throws dev.csimodel.CsiDataException if the original data cannot be estimated
     * @throws CsiEstimationException        naming the matrix if the empirical or an implied
     *                                       correlation matrix is not positive definite, if the
     *                                       original d_G is undefined, or if fewer than two
     *                                       resamples of a model can be used
     * @param model the path model to estimate and test
     * @param data the complete rows, one column per indicator of {@code model}
     * @return the quantiles of every fit measure under the saturated and the estimated model
     */
    public FitBootstrapResult run(PathModel model, DataTable data, BootstrapListener listener) {
        if (model == null || data == null || listener == null) {
            throw new CsiSpecificationException("the fit bootstrap needs a model, data and a listener");
        }
        PlsResult original = estimator.estimate(model, data);
        ModelFit fit = original.fit();
        Moments moments = original.moments();
        ResampleData[] transformed = {
            resampleData(data, moments, fit.impliedCorrelationSaturated(), "the saturated model's implied correlation matrix"),
            resampleData(data, moments, fit.impliedCorrelationEstimated(), "the estimated model's implied correlation matrix")
        };
        FitResampleRun run = new FitResampleRun(estimator, settings, model, transformed, listener);
        run.execute();
        return summarise(original, fit, run);
    }

    private static ResampleData resampleData(DataTable data, Moments moments, double[][] implied, String what) {
        DataTable z = BollenStineTransform.transform(data, moments, implied, what);
        return new ResampleData(z, Moments.of(z, moments.names()));
    }

    private FitBootstrapResult summarise(PlsResult original, ModelFit fit, FitResampleRun run) {
        FitQuantiles[][] quantiles = new FitQuantiles[ImpliedModel.values().length][FitMeasure.values().length];
        double[][][] replicates = new double[quantiles.length][quantiles[0].length][];
        int[][] counts = new int[quantiles.length][];
        for (ImpliedModel m : ImpliedModel.values()) {
            int k = m.ordinal();
            FitStatistics stats = m == ImpliedModel.SATURATED ? fit.saturated() : fit.estimated();
            for (FitMeasure measure : FitMeasure.values()) {
                double[] values = usable(run, k, measure);
                replicates[k][measure.ordinal()] = values;
                quantiles[k][measure.ordinal()] = quantiles(m, measure, measure.of(stats), values);
            }
            counts[k] = new int[] {sum(run.attempts[k]), count(run.used[k]), sum(run.failures[k]), sum(run.nonConverged[k])};
        }
        return new FitBootstrapResult(settings, original, quantiles, replicates, counts);
    }

    /** The finite values of {@code measure} over the used resamples, in resample order. */
    private static double[] usable(FitResampleRun run, int model, FitMeasure measure) {
        double[][] v = run.values[model];
        return IntStream.range(0, v.length)
                .filter(b -> run.used[model][b])
                .mapToDouble(b -> v[b][measure.ordinal()])
                .filter(Double::isFinite)
                .toArray();
    }

    /** HI95, HI99 by linear interpolation between order statistics (as the percentile intervals). */
    static FitQuantiles quantiles(ImpliedModel model, FitMeasure measure, double original, double[] values) {
        String name = measure + " of the " + model.name().toLowerCase() + " model";
        if (!Double.isFinite(original)) {
            throw new CsiEstimationException("the " + name + " is undefined on the original data"
                    + " (the empirical or implied correlation matrix is not positive definite)");
        }
        if (values.length < 2) {
            throw new CsiEstimationException("only " + values.length + " resamples give the " + name
                    + "; at least two are needed");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int exceed = 0;
        for (double v : sorted) {
            exceed += v >= original ? 1 : 0;
        }
        return new FitQuantiles(original, EstimateCalculator.quantile(sorted, 0.95),
                EstimateCalculator.quantile(sorted, 0.99), (double) exceed / sorted.length, sorted.length);
    }

    private static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }

    private static int count(boolean[] values) {
        int c = 0;
        for (boolean v : values) {
            c += v ? 1 : 0;
        }
        return c;
    }
}
