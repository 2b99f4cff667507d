package dev.csimodel.moderation;

import dev.csimodel.Arguments;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

/**
 * Estimates a model with interaction terms ({@code SAT ~ IMAG + VAL + IMAG:VAL}): forms the
 * interaction constructs' indicators ({@link ModerationProblem}) by the method of the settings,
 * then estimates the augmented model by PLS with the given estimator, so all its settings (scheme,
 * tolerance, ...) apply to both stages of the two-stage approach. seminr 2.3.4's
 * {@code interaction_term(..., method = two_stage | product_indicator | orthogonal)} gives the
 * same estimates (up to its stopping rule), see {@link ModerationResult} for its rescaled
 * coefficient. Immutable and thread-safe.
 */
public final class ModerationEstimator {

    private final PlsEstimator estimator;
    private final ModerationSettings settings;

    /**
     * @param estimator the PLS estimator of both stages
     * @param settings  the interaction method and mode
     */
    public ModerationEstimator(PlsEstimator estimator, ModerationSettings settings) {
        Arguments.requireNonNull(estimator, "estimator");
        Arguments.requireNonNull(settings, "settings");
        this.estimator = estimator;
        this.settings = settings;
    }

    /** @return an estimator with the default PLS and moderation settings (two-stage) */
    public static ModerationEstimator withDefaults() {
        return new ModerationEstimator(PlsEstimator.withDefaults(), ModerationSettings.defaults());
    }

    /** @return the PLS estimator */
    public PlsEstimator estimator() {
        return estimator;
    }

    /** @return the moderation settings */
    public ModerationSettings settings() {
        return settings;
    }

    /**
     * @param model a model with at least one interaction term
     * @param data  complete data holding the model's indicators
     * @throws dev.csimodel.CsiSpecificationException if the model has no interaction term
     * @throws dev.csimodel.CsiDataException          naming the column if one is missing, constant or clashes
     * @return the estimate of the model with its interaction constructs, and the interaction effects
     */
    public ModerationResult estimate(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        ModerationProblem problem = ModerationProblem.of(model, data, settings, estimator);
        PlsResult fit = estimator.estimate(problem.augmentedModel(), problem.data());
        return new ModerationResult(problem, fit);
    }
}
