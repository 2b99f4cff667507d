package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;

/**
 * The immutable outcome of a {@link FitBootstrap}: a {@link FitQuantiles} per
 * {@link ImpliedModel} and {@link FitMeasure}, the resample values behind them and how many
 * resamples of each model were attempted, used, failed and did not converge. Thread-safe.
 */
public final class FitBootstrapResult {

    private static final int ATTEMPTED = 0;
    private static final int USED = 1;
    private static final int FAILED = 2;
    private static final int NON_CONVERGED = 3;

    private final BootstrapSettings settings;
    private final PlsResult original;
    private final FitQuantiles[][] quantiles;
    private final double[][][] replicates;
    private final int[][] counts;

    FitBootstrapResult(BootstrapSettings settings, PlsResult original, FitQuantiles[][] quantiles,
                       double[][][] replicates, int[][] counts) {
        this.settings = settings;
        this.original = original;
        this.quantiles = quantiles;
        this.replicates = replicates;
        this.counts = counts;
    }

    /** @return the settings of the run */
    public BootstrapSettings settings() {
        return settings;
    }

    /** @return the estimate on the original data (its {@code fit()} holds the original measures) */
    public PlsResult original() {
        return original;
    }

    /**
     * @return the test of {@code measure} for {@code model}
     * @param model the implied model whose correlation matrix was tested (saturated or estimated)
     * @param measure the discrepancy measure
     */
    public FitQuantiles quantiles(ImpliedModel model, FitMeasure measure) {
        require(model, measure);
        return quantiles[model.ordinal()][measure.ordinal()];
    }

    /**
     * @return the test of {@code measure} for the saturated model
     * @param measure the discrepancy measure
     */
    public FitQuantiles saturated(FitMeasure measure) {
        return quantiles(ImpliedModel.SATURATED, measure);
    }

    /**
     * @return the test of {@code measure} for the estimated model
     * @param measure the discrepancy measure
     */
    public FitQuantiles estimated(FitMeasure measure) {
        return quantiles(ImpliedModel.ESTIMATED, measure);
    }

    /**
     * @return the resample values of {@code measure} for {@code model}, in resample order (a copy)
     * @param model the implied model whose correlation matrix was tested (saturated or estimated)
     * @param measure the discrepancy measure
     */
    public double[] replicates(ImpliedModel model, FitMeasure measure) {
        require(model, measure);
        return replicates[model.ordinal()][measure.ordinal()].clone();
    }

    /**
     * @return resample estimations of {@code model}'s test attempted, including replacement draws
     * @param model the implied model (saturated or estimated)
     */
    public int attempted(ImpliedModel model) {
        return count(model, ATTEMPTED);
    }

    /**
     * @return resamples of {@code model}'s test used (d_G may use fewer, see {@link FitQuantiles#resamples()})
     * @param model the implied model (saturated or estimated)
     */
    public int used(ImpliedModel model) {
        return count(model, USED);
    }

    /**
     * @return attempts of {@code model}'s test whose estimation failed
     * @param model the implied model (saturated or estimated)
     */
    public int failed(ImpliedModel model) {
        return count(model, FAILED);
    }

    /**
     * @return attempts of {@code model}'s test whose outer iteration did not converge
     * @param model the implied model (saturated or estimated)
     */
    public int nonConverged(ImpliedModel model) {
        return count(model, NON_CONVERGED);
    }

    private int count(ImpliedModel model, int what) {
        require(model, FitMeasure.SRMR);
        return counts[model.ordinal()][what];
    }

    private static void require(ImpliedModel model, FitMeasure measure) {
        if (model == null || measure == null) {
            throw new CsiSpecificationException("name a model and a fit measure, got " + model + " and " + measure);
        }
    }
}
