package dev.csimodel.models.index;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.BootstrapStatistic;
import dev.csimodel.bootstrap.MomentStatistic;
import dev.csimodel.bootstrap.ResampleMoments;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Bootstrap standard errors and confidence intervals of the 0-100 indices of {@link CsiIndex}
 * (Fornell et al. 1996; case-resampling bootstrap of {@link Bootstrap}, Efron and Tibshirani
 * 1993). In each resample the index of construct ξ is recomputed from that resample's outer
 * weights and indicator means,
 *
 * <pre>  index*(ξ) = Σ v*_i · (x̄*_i − min_i) / (max_i − min_i) · 100</pre>
 *
 * exactly as {@link CsiIndex#of(PlsResult, IndicatorScales)} does on the original fit, so only
 * the resample's moments are needed. The index of construct {@code C} is the bootstrap's custom
 * statistic named {@code "index:C"} ({@link #name}): {@code result.statistic("index:SAT")}.
 *
 * <p>A resample in which an outer weight is not positive has no index (it would no longer be a
 * weighted mean of the items, see {@link IndexWeights}); {@link #statistic} then throws a
 * {@link dev.csimodel.CsiEstimationException}, which the bootstrap counts as a failed resample
 * ({@link BootstrapResult#failed()}) and treats by its {@link dev.csimodel.bootstrap.FailurePolicy}:
 * dropped under DROP (the default), redrawn under REPLACE. The whole resample is affected, so
 * the other statistics of the same run use the same resamples. Many failures signal an
 * indicator whose weight is near zero, whose index is fragile anyway. When more than half of the
 * attempts fail, the index estimates (like every statistic of the run) have no interval
 * ({@link BootstrapEstimate#findInterval} empty, {@link BootstrapResult#intervalsWithheld()}).
 */
public final class IndexBootstrap {

    /** Prefix of the custom statistic names: the index of construct C is {@code "index:C"}. */
    public static final String PREFIX = "index:";

    private IndexBootstrap() {
    }

    /**
     * @return the custom statistic name of the index of {@code construct}, {@code "index:" + construct}
     * @param construct the construct's name
     */
    public static String name(String construct) {
        return PREFIX + construct;
    }

    /**
     * The indices of every construct of {@code model}, in model order, as a bootstrap statistic.
     *
     * @throws CsiSpecificationException if an argument is null or an indicator of the model has
     *                                   no declared scale (naming it)
     * @param model the path model whose constructs are indexed
     * @param scales the indicators' response scales
     * @return a statistic with one 0-100 index per construct, named by {@link #name(String)}
     */
    public static BootstrapStatistic statistic(PathModel model, IndicatorScales scales) {
        if (model == null || scales == null) {
            throw new CsiSpecificationException("the index bootstrap needs a model and indicator scales");
        }
        for (String indicator : model.indicators()) {
            scales.scaleOf(indicator);
        }
        return new IndexStatistic(model, scales);
    }

    /**
     * The indices as a {@link MomentStatistic}: a resample's indices follow from its outer
     * weights and indicator means, computed with the operations of {@link IndexWeights#partial}
     * and {@link CsiIndex#of(PlsResult, IndicatorScales)} in their order (moments without value
     * ranges are checked by their means), so both give the same values bit for bit.
     */
    private static final class IndexStatistic implements MomentStatistic {

        private final List<String> constructs;
        private final List<String> names;
        private final IndicatorScales scales;
        private final List<String> indicators;
        private final Scale[] scale;
        private final int[] start;
        private final int[] end;

        IndexStatistic(PathModel model, IndicatorScales scales) {
            this.constructs = model.constructNames();
            List<String> n = new ArrayList<>(constructs.size());
            for (String c : constructs) {
                n.add(name(c));
            }
            this.names = List.copyOf(n);
            this.scales = scales;
            this.indicators = model.indicators();
            this.scale = new Scale[indicators.size()];
            for (int i = 0; i < scale.length; i++) {
                scale[i] = scales.scaleOf(indicators.get(i));
            }
            this.start = new int[constructs.size()];
            this.end = new int[constructs.size()];
            int p = 0;
            for (int k = 0; k < start.length; k++) {
                start[k] = p;
                p += model.constructs().get(k).indicators().size();
                end[k] = p;
            }
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public double[] compute(PlsResult result) {
            return indices(result, scales, constructs);
        }

        @Override
        public double[] compute(ResampleMoments resample) {
            double[] v = weights(resample);
            double[] out = new double[constructs.size()];
            for (int k = 0; k < out.length; k++) {
                double sum = 0;
                for (int i = start[k]; i < end[k]; i++) {
                    double mean = resample.mean(i);
                    ScaleCheck.requireMeanWithin(indicators.get(i), mean, scale[i]);
                    sum += v[i] * scale[i].toHundred(mean);
                }
                out[k] = sum;
            }
            return out;
        }

        /** {@code v_i = u_i R_i / Σ_block u_j R_j} with {@code u_i = w_i / s_i}, as {@link IndexWeights}. */
        private double[] weights(ResampleMoments resample) {
            boolean standardised = resample.settings().scaling() == Scaling.STANDARDISED;
            double[] v = new double[indicators.size()];
            for (int k = 0; k < start.length; k++) {
                double sum = 0;
                for (int i = start[k]; i < end[k]; i++) {
                    double w = resample.outerWeight(i);
                    if (!(w > 0)) {
                        throw new CsiEstimationException("indicator '" + indicators.get(i) + "' of construct '"
                                + constructs.get(k) + "' has outer weight " + w + "; the 0-100 index needs positive weights");
                    }
                    v[i] = w / (standardised ? resample.sd(i) : 1.0) * scale[i].range();
                    sum += v[i];
                }
                for (int i = start[k]; i < end[k]; i++) {
                    v[i] = v[i] / sum;
                }
            }
            return v;
        }
    }

    private static double[] indices(PlsResult fit, IndicatorScales scales, List<String> constructs) {
        CsiIndex index = CsiIndex.of(fit, scales);
        double[] out = new double[constructs.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = index.requireIndex(constructs.get(k));
        }
        return out;
    }

    /**
     * Bootstraps {@code model} on {@code data} with the indices added to the built-in statistics.
     *
     * @throws CsiSpecificationException if an argument is null or an indicator has no scale
     * @throws dev.csimodel.CsiEstimationException if an outer weight of the original fit is not
     *                                             positive, or as {@link Bootstrap#run}
     * @throws dev.csimodel.CsiDataException       as {@link Bootstrap#run}, or if an indicator's
     *                                             mean lies outside its declared scale
     * @param estimator the PLS estimator
     * @param settings the bootstrap settings (resamples, seed, intervals)
     * @param model the path model
     * @param data the complete respondent rows
     * @param scales the indicators' response scales
     * @return the bootstrap result, including the custom index statistics
     */
    public static BootstrapResult run(PlsEstimator estimator, BootstrapSettings settings, PathModel model,
                                      DataTable data, IndicatorScales scales) {
        return new Bootstrap(estimator, settings, List.of(statistic(model, scales))).run(model, data);
    }

    /**
     * @return the bootstrap inference of the index of {@code construct}
     * @throws CsiSpecificationException if the run did not bootstrap that index
     * @param result a run of {@link #run}
     * @param construct the construct's name
     */
    public static BootstrapEstimate index(BootstrapResult result, String construct) {
        return result.statistic(name(construct));
    }
}
