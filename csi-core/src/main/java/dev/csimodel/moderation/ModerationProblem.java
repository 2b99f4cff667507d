package dev.csimodel.moderation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.InteractionPath;
import dev.csimodel.spec.InteractionTerm;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model with interaction terms turned into a plain PLS problem: each term {@code A:B} becomes a
 * construct named {@code A:B} whose indicators are columns appended to the data, formed by the
 * {@link InteractionMethod}, and each interaction path {@code A:B -> T} an ordinary path.
 * Immutable.
 *
 * <p>Indicator names: {@code a_i:b_j} for product indicators (orthogonalised or not) and
 * {@code A:B_intxn} for the two-stage product of scores (seminr's naming); a data column of the
 * same name is an error.
 */
public final class ModerationProblem {

    /** Suffix of the single two-stage indicator, as seminr names it. */
    public static final String TWO_STAGE_SUFFIX = "_intxn";

    private final PathModel model;
    private final PathModel mainEffects;
    private final PathModel augmented;
    private final DataTable data;
    private final PlsResult firstStage;
    private final Map<String, List<String>> indicators;
    private final InteractionMethod method;

    private ModerationProblem(PathModel model, PathModel mainEffects, PathModel augmented, DataTable data,
                              PlsResult firstStage, Map<String, List<String>> indicators, InteractionMethod method) {
        this.model = model;
        this.mainEffects = mainEffects;
        this.augmented = augmented;
        this.data = data;
        this.firstStage = firstStage;
        this.indicators = indicators;
        this.method = method;
    }

    /**
     * Forms the interaction indicators of every term of {@code model}; for
     * {@link InteractionMethod#TWO_STAGE} this estimates the first stage with {@code estimator}.
     *
     * @throws CsiSpecificationException if the model has no interaction terms
     * @throws CsiDataException          naming the column if one is missing, constant, or clashes
     *                                   with an interaction indicator's name
     * @param model a model with at least one interaction term
     * @param data the complete rows holding every indicator of the model
     * @param settings how the interaction indicators are formed and their outer mode
     * @param estimator the estimator of the first stage (two-stage approach only)
     * @return the extended model and data, ready for estimation
     */
    public static ModerationProblem of(PathModel model, DataTable data, ModerationSettings settings, PlsEstimator estimator) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(settings, "settings");
        Arguments.requireNonNull(estimator, "estimator");
        if (!model.hasInteractions()) {
            throw new CsiSpecificationException("the model has no interaction terms (write e.g. 'SAT ~ IMAG + VAL + IMAG:VAL')");
        }
        PathModel main = model.toBuilder().removeInteractions().build();
        PlsResult stage1 = settings.method() == InteractionMethod.TWO_STAGE ? estimator.estimate(main, data) : null;
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        DataTable augmentedData = data.select(main.indicators());
        for (InteractionTerm term : model.interactionTerms()) {
            Map<String, double[]> columns = columns(term, main, data, settings.method(), stage1);
            for (Map.Entry<String, double[]> c : columns.entrySet()) {
                if (data.hasColumn(c.getKey())) {
                    throw new CsiDataException("the data has a column '" + c.getKey() + "', the name of an indicator of"
                            + " interaction term " + term + ": rename that column");
                }
                augmentedData = augmentedData.withColumn(c.getKey(), c.getValue());
            }
            indicators.put(term.name(), List.copyOf(columns.keySet()));
        }
        PathModel augmented = augment(model, main, indicators, settings);
        return new ModerationProblem(model, main, augmented, augmentedData, stage1, Map.copyOf(indicators), settings.method());
    }

    private static Map<String, double[]> columns(InteractionTerm term, PathModel main, DataTable data,
                                                 InteractionMethod method, PlsResult stage1) {
        if (method == InteractionMethod.TWO_STAGE) {
            ConstructScores scores = stage1.scores();
            // the engine's scores have population variance 1; seminr's (and R's scale()) n - 1
            double toSample = Math.sqrt((scores.rowCount() - 1.0) / scores.rowCount());
            double[] product = ProductItems.multiply(scores.column(term.first()), scores.column(term.second()));
            for (int r = 0; r < product.length; r++) {
                product[r] *= toSample * toSample;
            }
            return Map.of(term.name() + TWO_STAGE_SUFFIX, product);
        }
        List<String> a = main.construct(term.first()).indicators();
        List<String> b = main.construct(term.second()).indicators();
        Map<String, double[]> products = ProductItems.products(data, a, b, term.isQuadratic());
        if (method == InteractionMethod.PRODUCT_INDICATOR) {
            return products;
        }
        List<String> regressors = new ArrayList<>(a);
        if (!term.isQuadratic()) {
            regressors.addAll(b);
        }
        return ProductItems.residuals(products, data, regressors);
    }

    private static PathModel augment(PathModel model, PathModel main, Map<String, List<String>> indicators,
                                     ModerationSettings settings) {
        PathModelBuilder b = main.toBuilder();
        for (Map.Entry<String, List<String>> term : indicators.entrySet()) {
            if (main.findConstruct(term.getKey()).isPresent()) {
                throw new CsiSpecificationException("construct '" + term.getKey() + "' has the name of an interaction term");
            }
            b.construct(term.getKey()).block(settings.interactionMode(), term.getValue());
        }
        for (InteractionPath p : model.interactionPaths()) {
            b.path(termOf(model, p.term()).name(), p.to());
        }
        return b.build();
    }

    /** @return the term as first written, which names its construct ({@code B:A} is {@code A:B}) */
    static InteractionTerm termOf(PathModel model, InteractionTerm term) {
        return model.interactionTerms().stream().filter(t -> t.sameProduct(term)).findFirst().orElseThrow(() ->
                new CsiSpecificationException("the model has no interaction term " + term + "; it has " + model.interactionTerms()));
    }

    /** @return the model as specified, with its interaction paths */
    public PathModel model() {
        return model;
    }

    /** @return the model without interaction paths (the first stage of the two-stage approach) */
    public PathModel mainEffectsModel() {
        return mainEffects;
    }

    /** @return the plain model estimated: the main-effects model plus one construct and its paths per term */
    public PathModel augmentedModel() {
        return augmented;
    }

    /** @return the model's indicator columns followed by the interaction indicators */
    public DataTable data() {
        return data;
    }

    /** @return the method that formed the interaction indicators */
    public InteractionMethod method() {
        return method;
    }

    /** @return the first-stage estimate of the two-stage approach; empty for the other methods */
    public Optional<PlsResult> firstStage() {
        return Optional.ofNullable(firstStage);
    }

    /** @return the interaction terms, as first written in the model */
    public List<InteractionTerm> terms() {
        return model.interactionTerms();
    }

    /**
     * @param term the term's name, {@code A:B} (or {@code B:A})
     * @return the names of its construct's indicators
     * @throws CsiSpecificationException if the model has no such term
     */
    public List<String> interactionIndicators(String term) {
        Arguments.requireNonNull(term, "term");
        return indicators.get(termOf(model, parse(term)).name());
    }

    /** @return {@code A:B} as a term */
    static InteractionTerm parse(String term) {
        int colon = term.indexOf(InteractionTerm.SEPARATOR);
        if (colon <= 0 || colon == term.length() - 1) {
            throw new CsiSpecificationException("'" + term + "' is not an interaction term (write it A:B)");
        }
        return new InteractionTerm(term.substring(0, colon), term.substring(colon + 1));
    }
}
