package dev.csimodel.models.index;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The customer satisfaction index of every construct on the 0-100 scale (Fornell et al. 1996,
 * "The American Customer Satisfaction Index", Journal of Marketing 60(4)):
 *
 * <pre>  index = Σ v_i · (x̄_i − min_i) / (max_i − min_i) · 100</pre>
 *
 * with the index weights {@code v_i} of {@link IndexWeights} (the fit's outer weights
 * unstandardised and normalised to sum 1 per block) and each indicator's questionnaire
 * end-points. Also holds each indicator's performance {@code (x̄_i − min_i) / (max_i − min_i) ·
 * 100} and, when computed from rows, every respondent's 0-100 score. Immutable.
 */
public final class CsiIndex {

    private final IndexWeights weights;
    private final double observations;
    private final Map<String, Double> index;
    private final Map<String, Double> performance;
    private final ConstructScores respondents;

    private CsiIndex(IndexWeights weights, double observations, Map<String, Double> index,
                     Map<String, Double> performance, ConstructScores respondents) {
        this.weights = weights;
        this.observations = observations;
        this.index = Map.copyOf(index);
        this.performance = Map.copyOf(performance);
        this.respondents = respondents;
    }

    /**
     * The index from the fit's own indicator means; no respondent scores. A construct with a
     * non-positive outer weight has no index ({@link #index} empty, reason in {@link #undefined});
     * {@link #requireIndex} and {@link #requireAllDefined} are the strict variants.
     *
     * @throws CsiDataException naming the indicator and the value if its smallest or largest value
     *                          (its mean, when the moments kept no range) lies outside its
     *                          declared scale
     * @param fit the PLS estimate whose outer weights and indicator means are used
     * @param scales the indicators' response scales, for the 0-100 rescaling
     * @return the 0-100 index of every construct
     */
    public static CsiIndex of(PlsResult fit, IndicatorScales scales) {
        Arguments.requireNonNull(fit, "fit");
        Arguments.requireNonNull(scales, "scales");
        IndexWeights w = IndexWeights.partial(fit, scales);
        Moments m = fit.moments();
        Map<String, Double> perf = new HashMap<>();
        for (String ind : fit.model().indicators()) {
            Scale s = scales.scaleOf(ind);
            double mean = m.mean(m.indexOf(ind));
            ScaleCheck.requireWithin(m, ind, s);
            perf.put(ind, s.toHundred(mean));
        }
        return new CsiIndex(w, m.observations(), aggregate(w, perf), perf, null);
    }

    /**
     * The index and respondent scores of {@code data} with the weights of {@code fit} (usually
     * the data it was estimated on; the ACSI applies pooled weights to a segment's rows).
     *
     * @throws CsiDataException naming indicator and row of a missing value or a value outside
     *                          its declared scale, or a column the data lack
     * @param fit the PLS estimate whose outer weights are used
     * @param scales the indicators' response scales, for the 0-100 rescaling
     * @param data the respondents to score, holding every indicator of the model
     * @return the 0-100 index of every construct with the respondents' scores
     */
    public static CsiIndex of(PlsResult fit, IndicatorScales scales, DataTable data) {
        Arguments.requireNonNull(fit, "fit");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(data, "data");
        return of(IndexWeights.partial(fit, scales), data);
    }

    /**
     * The index and respondent scores of {@code data} with given index weights.
     * @param weights the index weights (outer weights rescaled to the indicators' scales)
     * @param data the respondents to score, holding every indicator of the weights
     * @return the 0-100 index of every construct with the respondents' scores
     */
    public static CsiIndex of(IndexWeights weights, DataTable data) {
        Arguments.requireNonNull(weights, "weights");
        Arguments.requireNonNull(data, "data");
        PathModel model = weights.model();
        ScaleCheck.requireWithin(data, model.indicators(), weights.scales());
        int n = data.rowCount();
        if (n == 0) {
            throw new CsiDataException("the data have no rows: the index is undefined");
        }
        Map<String, Double> perf = new HashMap<>();
        List<String> defined = model.constructNames().stream().filter(weights::defined).toList();
        double[][] scores = new double[defined.size()][n];
        int row = 0;
        for (Construct c : model.constructs()) {
            boolean has = weights.defined(c.name());
            int k = has ? row++ : -1;
            for (String ind : c.indicators()) {
                Scale s = weights.scales().scaleOf(ind);
                double v = has ? weights.weight(ind) : 0;
                double[] x = data.column(ind);
                double sum = 0;
                for (int r = 0; r < n; r++) {
                    double h = s.toHundred(x[r]);
                    if (has) {
                        scores[k][r] += v * h;
                    }
                    sum += h;
                }
                perf.put(ind, sum / n);
            }
        }
        ConstructScores rs = defined.isEmpty() ? null : ConstructScores.of(defined, scores);
        return new CsiIndex(weights, n, aggregate(weights, perf), perf, rs);
    }

    /**
     * The index of respondents known only by their moments (a segment reduced in one pass, as
     * the Spark job and the streaming reader do): the index is linear in the indicator means,
     * {@code index_k = Σ_i v_i (x̄_i − min_i) / (max_i − min_i) · 100} (Fornell et al. 1996), so
     * the means are enough; there are no respondent scores.
     *
     * @param weights the index weights (e.g. pooled over all segments)
     * @param moments the respondents' moments, holding every indicator of the weights, with their
     *                smallest and largest values
     * @return the 0-100 index of every construct, without respondent scores
     * @throws CsiDataException naming the indicator whose values leave its declared scale
     */
    public static CsiIndex of(IndexWeights weights, Moments moments) {
        Arguments.requireNonNull(weights, "weights");
        Arguments.requireNonNull(moments, "moments");
        Map<String, Double> perf = new HashMap<>();
        for (String ind : weights.model().indicators()) {
            Scale s = weights.scales().scaleOf(ind);
            ScaleCheck.requireWithin(moments, ind, s);
            perf.put(ind, s.toHundred(moments.mean(moments.indexOf(ind))));
        }
        return new CsiIndex(weights, moments.observations(), aggregate(weights, perf), perf, null);
    }

    private static Map<String, Double> aggregate(IndexWeights w, Map<String, Double> perf) {
        Map<String, Double> idx = new HashMap<>();
        for (Construct k : w.model().constructs()) {
            if (!w.defined(k.name())) {
                continue;
            }
            double sum = 0;
            for (String ind : k.indicators()) {
                sum += w.weight(ind) * perf.get(ind);
            }
            idx.put(k.name(), sum);
        }
        return idx;
    }

    /** @return the constructs in model order */
    public List<String> constructs() {
        return weights.model().constructNames();
    }

    /**
     * @return the 0-100 index of {@code construct}, empty when it is undefined (a non-positive
     *         outer weight in its block; the reason is in {@link #undefined()})
     * @throws dev.csimodel.CsiSpecificationException if the model has no such construct
     * @param construct the construct's name
     */
    public OptionalDouble index(String construct) {
        Arguments.requireNonNull(construct, "construct");
        weights.model().indexOf(construct);
        Double v = index.get(construct);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The strict variant of {@link #index}.
     *
     * @throws dev.csimodel.CsiEstimationException naming construct, indicator and weight if the
     *                                             index is undefined
     * @param construct the construct's name
     * @return the 0-100 index
     */
    public double requireIndex(String construct) {
        weights.model().indexOf(construct);
        weights.requireDefined(construct);
        return index.get(construct);
    }

    /**
     * @return this, if every construct has an index
     * @throws dev.csimodel.CsiEstimationException naming the first undefined one and its indicator
     */
    public CsiIndex requireAllDefined() {
        if (!undefined().isEmpty()) {
            throw new CsiEstimationException(undefined().get(0).reason());
        }
        return this;
    }

    /** @return the constructs without an index, with the indicator and reason, in model order */
    public List<UndefinedIndex> undefined() {
        return weights.undefined();
    }

    /**
     * @return the indicator's mean on the 0-100 scale of its questionnaire end-points
     * @param indicator the indicator's column name
     */
    public double indicatorPerformance(String indicator) {
        Double p = performance.get(indicator);
        if (p == null) {
            throw new CsiSpecificationException("unknown indicator '" + indicator + "'; the model has "
                    + weights.model().indicators());
        }
        return p;
    }

    /** @return the index weights used */
    public IndexWeights weights() {
        return weights;
    }

    /** @return the number of respondents the means come from */
    public double observations() {
        return observations;
    }

    /**
     * @return the respondents' 0-100 scores of the constructs with an index, present when the
     *         index was computed from rows (and at least one index is defined)
     */
    public Optional<ConstructScores> respondents() {
        return Optional.ofNullable(respondents);
    }
}
