package dev.csimodel.moderation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.InteractionPath;
import dev.csimodel.spec.InteractionTerm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The estimate of a model with interaction terms. {@link #fit()} is the PLS result of the
 * augmented model ({@link ModerationProblem#augmentedModel()}), in which each term is a construct
 * named {@code A:B}: its weights, loadings, paths and R² are standardised, all constructs with unit
 * variance, and are the primary values.
 *
 * <p>seminr's convention (its {@code adjust_interaction}, after Henseler and Chin 2010): after
 * convergence the standardised score of {@code A:B} is multiplied by the scale factor
 * a = Σ sd(x_i)|l_i| / Σ|l_i| (x_i the term's indicators as formed, sd with divisor n − 1, l_i
 * their loadings). Its reported path of {@code A:B} is then the standardised one divided by a,
 * and its loadings of the term's indicators are a times their correlation with the score;
 * {@link InteractionEffect#seminrCoefficient()} and {@link #seminrLoading(String)} give these.
 * All other estimates are the same under both conventions. Immutable.
 */
public final class ModerationResult {

    private final ModerationProblem problem;
    private final PlsResult fit;
    private final Map<String, Double> scaleFactors = new LinkedHashMap<>();
    private final List<InteractionEffect> effects;

    ModerationResult(ModerationProblem problem, PlsResult fit) {
        this.problem = problem;
        this.fit = fit;
        for (InteractionTerm t : problem.terms()) {
            scaleFactors.put(t.name(), scaleFactor(t));
        }
        List<InteractionEffect> list = new ArrayList<>();
        for (InteractionPath p : problem.model().interactionPaths()) {
            InteractionTerm t = ModerationProblem.termOf(problem.model(), p.term());
            double b = fit.pathCoefficient(t.name(), p.to());
            double a = scaleFactors.get(t.name());
            list.add(new InteractionEffect(t, p.to(), b, b / a, a));
        }
        this.effects = List.copyOf(list);
    }

    /** a = Σ sd(x_i)|l_i| / Σ|l_i|, seminr's {@code adjust_interaction}. */
    private double scaleFactor(InteractionTerm t) {
        double num = 0;
        double den = 0;
        for (String item : problem.interactionIndicators(t.name())) {
            double l = Math.abs(fit.loading(item));
            num += ProductItems.sampleSd(problem.data().column(item)) * l;
            den += l;
        }
        return num / den;
    }

    /** @return the interaction indicators and the augmented model */
    public ModerationProblem problem() {
        return problem;
    }

    /** @return the method the interaction indicators were formed by */
    public InteractionMethod method() {
        return problem.method();
    }

    /** @return the PLS estimate of the augmented model (stage 2 of the two-stage approach) */
    public PlsResult fit() {
        return fit;
    }

    /** @return the first-stage estimate (the model without interactions); empty unless two-stage */
    public Optional<PlsResult> firstStage() {
        return problem.firstStage();
    }

    /** @return one effect per interaction path, in the model's order */
    public List<InteractionEffect> interactionEffects() {
        return effects;
    }

    /**
     * @param term   {@code A:B} (or {@code B:A})
     * @param target the dependent construct
     * @throws CsiSpecificationException if the model has no such interaction path
     * @return the interaction effect's coefficient and its simple slopes at ±1 SD of the moderator
     */
    public InteractionEffect interactionEffect(String term, String target) {
        Arguments.requireNonNull(term, "term");
        Arguments.requireNonNull(target, "target");
        InteractionTerm t = ModerationProblem.parse(term);
        return effects.stream().filter(e -> e.target().equals(target) && e.term().sameProduct(t)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("the model has no interaction path " + term + " -> "
                        + target + "; it has " + problem.model().interactionPaths()));
    }

    /**
     * @return the scale factor a of {@code term} (see the class comment)
     * @param term {@code A:B} (or {@code B:A})
     */
    public double scaleFactor(String term) {
        Arguments.requireNonNull(term, "term");
        return scaleFactors.get(ModerationProblem.termOf(problem.model(), ModerationProblem.parse(term)).name());
    }

    /**
     * @return the standardised path coefficient {@code from -> to}; {@code from} may be a term {@code A:B}
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public double pathCoefficient(String from, String to) {
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(to, "to");
        return fit.pathCoefficient(from, to);
    }

    /**
     * @return R² of {@code construct}; empty if exogenous
     * @param construct the construct's name
     */
    public OptionalDouble rSquared(String construct) {
        Arguments.requireNonNull(construct, "construct");
        return fit.rSquared(construct);
    }

    /**
     * @return the outer weight of {@code indicator} (an interaction indicator included), unit-variance composites
     * @param indicator the indicator's column name
     */
    public double outerWeight(String indicator) {
        Arguments.requireNonNull(indicator, "indicator");
        return fit.outerWeight(indicator);
    }

    /**
     * @return the (correlation) loading of {@code indicator}
     * @param indicator the indicator's column name
     */
    public double loading(String indicator) {
        Arguments.requireNonNull(indicator, "indicator");
        return fit.loading(indicator);
    }

    /**
     * @return the loading as seminr reports it: a times the loading for an interaction indicator
     *         of a term with scale factor a, the loading for any other indicator
     * @param indicator the indicator's column name
     */
    public double seminrLoading(String indicator) {
        Arguments.requireNonNull(indicator, "indicator");
        double l = fit.loading(indicator);
        for (InteractionTerm t : problem.terms()) {
            if (problem.interactionIndicators(t.name()).contains(indicator)) {
                return l * scaleFactors.get(t.name());
            }
        }
        return l;
    }
}
