package dev.csimodel.models.ipma;

import dev.csimodel.Arguments;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.MomentStatistic;
import dev.csimodel.bootstrap.ResampleMoments;
import dev.csimodel.bootstrap.SignChange;
import dev.csimodel.bootstrap.StatisticKey;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bootstrap draws of the ACSI impacts of {@link ImportancePerformance} (Fornell et al. 1996;
 * case-resampling bootstrap, Efron and Tibshirani 1993). The impact of driver ξ on target η in
 * resample r is recomputed as on the original fit,
 *
 * <pre>  impact*_r(ξ) = 5 · (T*_r(ξ → η) · c*_η,r / c*_ξ,r)
 *  impact*_r(x) = 5 · (v*_x,r · T*_r(ξ → η) · c*_η,r / c*_ξ,r)   for an indicator x of ξ</pre>
 *
 * with T* the resample's total effect (a built-in bootstrap statistic), c* = 100 / Σ_block u_j R_j
 * the score scales and v*_x = u_x R_x / Σ_block u_j R_j the rescaled index weights
 * ({@code u_j = w_j / s_j}; {@link dev.csimodel.models.index.IndexWeights}). The scales and
 * weights are a {@link MomentStatistic} ({@link #statistic}), so the bootstrap keeps its fast
 * moments-only path; {@link #draws} then combines them with the total effects resample by
 * resample. A resample with a non-positive outer weight has no index and fails, as in
 * {@link dev.csimodel.models.index.IndexBootstrap}.
 */
public final class ImpactBootstrap {

    private static final String SCALE = "impact-scale:";
    private static final String WEIGHT = "impact-weight:";

    private ImpactBootstrap() {
    }

    /**
     * The score scales of the target and of every driver construct, and the index weights of the
     * drivers' indicators, as a bootstrap statistic.
     *
     * @param original the fit on the original data: it fixes the drivers (the constructs with a
     *                 route to the target)
     * @param scales   the indicators' response scales
     * @param target   the target construct
     * @return the statistic to add to the bootstrap whose result {@link #draws} reads
     * @throws CsiSpecificationException naming the target if it has no drivers
     */
    public static MomentStatistic statistic(PlsResult original, IndicatorScales scales, String target) {
        Arguments.requireNonNull(original, "original");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(target, "target");
        return new ScaleStatistic(original.model(), scales, drivers(original, scales, target), target);
    }

    private static List<String> drivers(PlsResult original, IndicatorScales scales, String target) {
        return ImportancePerformance.constructs(original, scales, target).drivers().stream().map(Driver::name).toList();
    }

    /**
     * @param boot     a bootstrap run with {@link #statistic}{@code (original, scales, target)}
     * @param original the fit on the original data
     * @param scales   the indicators' response scales
     * @param target   the target construct
     * @return the impact of every driver construct and indicator in every used resample
     * @throws CsiSpecificationException if the run has no impact statistic, or aligned signs
     *                                   (the total effects would then be flipped and the scales not)
     */
    public static ImpactDraws draws(BootstrapResult boot, PlsResult original, IndicatorScales scales, String target) {
        Arguments.requireNonNull(boot, "boot");
        if (boot.settings().signChange() != SignChange.NONE) {
            throw new CsiSpecificationException("impact intervals need the bootstrap without sign changes");
        }
        double[] ct = boot.replicates(StatisticKey.custom(SCALE + target));
        Map<String, double[]> constructs = new LinkedHashMap<>();
        Map<String, double[]> items = new LinkedHashMap<>();
        for (String d : drivers(original, scales, target)) {
            double[] total = boot.replicates(StatisticKey.totalEffect(d, target));
            double[] cd = boot.replicates(StatisticKey.custom(SCALE + d));
            double[] importance = new double[total.length];
            double[] impact = new double[total.length];
            for (int r = 0; r < total.length; r++) {
                importance[r] = total[r] * ct[r] / cd[r];
                impact[r] = ImportancePerformance.IMPACT_POINTS * importance[r];
            }
            constructs.put(d, impact);
            for (String x : original.model().construct(d).indicators()) {
                double[] v = boot.replicates(StatisticKey.custom(WEIGHT + x));
                double[] out = new double[v.length];
                for (int r = 0; r < v.length; r++) {
                    out[r] = ImportancePerformance.IMPACT_POINTS * (v[r] * importance[r]);
                }
                items.put(x, out);
            }
        }
        return new ImpactDraws(target, constructs, items, boot.settings().confidenceLevel(), boot.intervalsWithheld());
    }

    /** c and v from a resample's outer weights and SDs, in the operations and order of IndexWeights. */
    private static final class ScaleStatistic implements MomentStatistic {

        private final PathModel model;
        private final List<String> constructs;
        private final List<String> names = new ArrayList<>();
        private final List<int[]> blocks = new ArrayList<>();
        private final double[] range;

        ScaleStatistic(PathModel model, IndicatorScales scales, List<String> drivers, String target) {
            this.model = model;
            List<String> cs = new ArrayList<>(List.of(target));
            cs.addAll(drivers);
            this.constructs = List.copyOf(cs);
            List<String> indicators = model.indicators();
            this.range = new double[indicators.size()];
            for (int i = 0; i < range.length; i++) {
                range[i] = scales.scaleOf(indicators.get(i)).range();
            }
            constructs.forEach(c -> names.add(SCALE + c));
            for (String c : constructs) {
                blocks.add(model.construct(c).indicators().stream().mapToInt(indicators::indexOf).toArray());
            }
            for (String d : drivers) {
                model.construct(d).indicators().forEach(x -> names.add(WEIGHT + x));
            }
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public double[] compute(PlsResult result) {
            return compute(ResampleMoments.of(result));
        }

        @Override
        public double[] compute(ResampleMoments resample) {
            boolean standardised = resample.settings().scaling() == Scaling.STANDARDISED;
            double[] out = new double[names.size()];
            int next = constructs.size();
            for (int k = 0; k < constructs.size(); k++) {
                int[] block = blocks.get(k);
                double[] u = new double[block.length];
                double sum = 0;
                for (int j = 0; j < block.length; j++) {
                    double w = resample.outerWeight(block[j]);
                    if (!(w > 0)) {
                        throw new CsiEstimationException("indicator '" + model.indicators().get(block[j])
                                + "' has outer weight " + w + "; the 0-100 index needs positive weights");
                    }
                    u[j] = w / (standardised ? resample.sd(block[j]) : 1.0) * range[block[j]];
                    sum += u[j];
                }
                out[k] = 100.0 / sum;
                if (k > 0) {   // the target's own weights are not needed
                    for (double x : u) {
                        out[next++] = x / sum;
                    }
                }
            }
            return out;
        }
    }
}
