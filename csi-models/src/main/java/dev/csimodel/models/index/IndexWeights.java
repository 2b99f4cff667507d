package dev.csimodel.models.index;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weights that turn a fitted model's indicators into 0-100 indices (Fornell et al. 1996).
 *
 * <p>From the fit's outer weight {@code w_i}, the unstandardised weight is {@code u_i = w_i /
 * s_i} ({@code s_i} the indicator's SD; {@code u_i = w_i} for a centred fit, whose weights
 * already apply to raw deviations). Fornell et al. (1996) define the index of construct ξ =
 * Σ u_i x_i as {@code (E[ξ] − min ξ) / (max ξ − min ξ) · 100} with min and max taken at the
 * questionnaire's end-points, which equals
 *
 * <pre>  index = Σ v_i · (x̄_i − min_i) / (max_i − min_i) · 100,   v_i = u_i R_i / Σ_block u_j R_j</pre>
 *
 * with {@code R_i = max_i − min_i}. When every indicator of a block has the same scale,
 * {@code v_i = u_i / Σ u_j}: the unstandardised weights normalised to sum 1. Only then is the
 * index a weighted mean of the items, so every weight must be positive.
 *
 * <p>The 0-100 construct score {@code η*} is an affine function of the standardised score
 * {@code η} with slope {@code c = 100 / Σ_block u_j R_j} ({@link #scoreScale}); the importance-
 * performance analysis uses it to unstandardise effects.
 */
public final class IndexWeights {

    private final PathModel model;
    private final IndicatorScales scales;
    private final Map<String, Double> weights;
    private final Map<String, Double> scoreScale;
    private final List<UndefinedIndex> undefined;

    private IndexWeights(PathModel model, IndicatorScales scales, Map<String, Double> weights,
                         Map<String, Double> scoreScale, List<UndefinedIndex> undefined) {
        this.model = model;
        this.scales = scales;
        this.weights = Map.copyOf(weights);
        this.scoreScale = Map.copyOf(scoreScale);
        this.undefined = List.copyOf(undefined);
    }

    /**
     * Derives the index weights of every block of {@code fit}.
     *
     * @throws CsiEstimationException naming the indicator and its block if an outer weight is
     *                                not positive (the index is then undefined)
     * @throws CsiSpecificationException naming an indicator without a declared scale
     * @param fit the PLS estimate whose outer weights are rescaled
     * @param scales the indicators' response scales
     * @return the index weights of every block
     */
    public static IndexWeights of(PlsResult fit, IndicatorScales scales) {
        IndexWeights w = partial(fit, scales);
        if (!w.undefined.isEmpty()) {
            throw new CsiEstimationException(w.undefined.get(0).reason());
        }
        return w;
    }

    /**
     * Derives the index weights of every block whose outer weights are all positive; a block
     * with a non-positive weight has no index weights and is listed in {@link #undefined()}.
     *
     * @throws CsiSpecificationException naming an indicator without a declared scale
     * @param fit the PLS estimate whose outer weights are rescaled
     * @param scales the indicators' response scales
     * @return the index weights of the blocks where they are defined
     */
    public static IndexWeights partial(PlsResult fit, IndicatorScales scales) {
        Map<String, Double> v = new HashMap<>();
        Map<String, Double> c = new HashMap<>();
        List<UndefinedIndex> undefined = new ArrayList<>();
        for (Construct k : fit.model().constructs()) {
            Optional<UndefinedIndex> bad = block(fit, scales, k, v);
            if (bad.isPresent()) {
                undefined.add(bad.get());
                continue;
            }
            double sum = 0;
            for (String ind : k.indicators()) {
                sum += v.get(ind);
            }
            for (String ind : k.indicators()) {
                v.put(ind, v.get(ind) / sum);
            }
            c.put(k.name(), 100.0 / sum);
        }
        return new IndexWeights(fit.model(), scales, v, c, undefined);
    }

    /** Puts {@code u_i R_i} of each indicator of {@code k} into {@code v}, or names the first non-positive weight. */
    private static Optional<UndefinedIndex> block(PlsResult fit, IndicatorScales scales, Construct k,
                                                  Map<String, Double> v) {
        List<String> names = fit.moments().names();
        for (String ind : k.indicators()) {
            double w = fit.outerWeight(ind);
            if (!(w > 0)) {
                k.indicators().forEach(v::remove);
                return Optional.of(new UndefinedIndex(k.name(), ind, "indicator '" + ind + "' of construct '"
                        + k.name() + "' has outer weight " + w + "; the 0-100 index needs positive weights"));
            }
            double sd = fit.settings().scaling() == Scaling.STANDARDISED
                    ? fit.moments().sd(names.indexOf(ind)) : 1.0;
            v.put(ind, w / sd * scales.scaleOf(ind).range());
        }
        return Optional.empty();
    }

    /** @return the constructs without an index, each with the indicator and the reason */
    public List<UndefinedIndex> undefined() {
        return undefined;
    }

    /**
     * @return true if the index of {@code construct} is defined (all its outer weights positive)
     * @param construct the construct's name
     */
    public boolean defined(String construct) {
        model.indexOf(construct);
        return scoreScale.containsKey(construct);
    }

    /** @throws CsiEstimationException with the reason if the index of {@code construct} is undefined */
    void requireDefined(String construct) {
        for (UndefinedIndex u : undefined) {
            if (u.construct().equals(construct)) {
                throw new CsiEstimationException(u.reason());
            }
        }
    }

    /** @return the model the weights belong to */
    public PathModel model() {
        return model;
    }

    /** @return the response scales the weights were derived with */
    public IndicatorScales scales() {
        return scales;
    }

    /**
     * @return the index weight {@code v_i} of {@code indicator} (positive; summing to 1 within
     *         its block)
     * @throws CsiEstimationException with the reason if the block's index is undefined
     * @param indicator the indicator's column name
     */
    public double weight(String indicator) {
        Double v = weights.get(indicator);
        if (v == null && model.indicators().contains(indicator)) {
            requireDefined(model.constructs().stream().filter(k -> k.indicators().contains(indicator))
                    .findFirst().orElseThrow().name());
        }
        if (v == null) {
            throw new CsiSpecificationException("unknown indicator '" + indicator
                    + "'; the model has " + model.indicators());
        }
        return v;
    }

    /**
     * @return the slope {@code c = 100 / Σ u_j R_j} of the 0-100 score of {@code construct}
     *         against its standardised score, i.e. the population SD of the 0-100 score
     * @param construct the construct's name
     */
    public double scoreScale(String construct) {
        model.indexOf(construct);
        requireDefined(construct);
        return scoreScale.get(construct);
    }
}
