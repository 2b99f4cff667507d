package dev.csimodel.hierarchy;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

/**
 * Estimates a path model with higher-order constructs by the approach its
 * {@link HigherOrderSettings#method()} names (see {@link HigherOrderMethod}): one PLS run on the
 * repeated-indicators model, or two runs whose second measures each higher-order construct by
 * the first run's scores of its dimensions. Holds only its settings: immutable and safe to share.
 */
public final class HigherOrderEstimator {

    private final HigherOrderSettings settings;

    /** @param settings the method and the PLS settings of every run */
    public HigherOrderEstimator(HigherOrderSettings settings) {
        Arguments.requireNonNull(settings, "settings");
        this.settings = settings;
    }

    /** @return an estimator with {@link HigherOrderSettings#defaults()} (disjoint two-stage) */
    public static HigherOrderEstimator withDefaults() {
        return new HigherOrderEstimator(HigherOrderSettings.defaults());
    }

    /** @return the settings */
    public HigherOrderSettings settings() {
        return settings;
    }

    /**
     * The name of the copy of {@code indicator} in the block of higher-order construct
     * {@code hoc} under {@link HigherOrderMethod#REPEATED_INDICATORS}: {@code hoc + "." + indicator}.
     * @param hoc the higher-order construct's name
     * @param indicator the name of an indicator of one of its dimensions
     * @return {@code hoc + "." + indicator}
     */
    public static String repeatedIndicatorName(String hoc, String indicator) {
        Arguments.requireNonNull(hoc, "hoc");
        Arguments.requireNonNull(indicator, "indicator");
        return hoc + "." + indicator;
    }

    /**
     * Estimates {@code model} on {@code data}; see {@link #estimate(HigherOrderProblem)}.
     * @param model a model with higher-order constructs
     * @param data the complete rows, one column per indicator of the lower-order constructs
     * @return the estimate with the higher-order measurement models
     */
    public HigherOrderResult estimate(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        return estimate(new HigherOrderProblem(model, data));
    }

    /**
     * Estimates the problem's model.
     *
     * @throws CsiDataException       naming a column that is missing, non-finite or constant, or
     *                                that clashes with a column the method adds
     * @throws CsiEstimationException if a stage fails
     * @param problem the model and data, already checked and prepared
     * @return the estimate with the higher-order measurement models
     */
    public HigherOrderResult estimate(HigherOrderProblem problem) {
        Arguments.requireNonNull(problem, "problem");
        PathModel model = problem.model();
        DataTable data = problem.data();
        PlsEstimator pls = new PlsEstimator(settings.pls());
        HigherOrderMethod method = settings.method();
        PlsResult first = method == HigherOrderMethod.DISJOINT_TWO_STAGE
                ? pls.estimate(StageModels.disjointFirstStage(model), data)
                : estimate(pls, StageModels.repeatedIndicators(model, data));
        if (method == HigherOrderMethod.REPEATED_INDICATORS) {
            return new HigherOrderResult(model, settings, first, null);
        }
        PlsResult second = estimate(pls, StageModels.secondStage(model, data, first.scores()));
        return new HigherOrderResult(model, settings, first, second);
    }

    private static PlsResult estimate(PlsEstimator pls, StageModels.Stage stage) {
        return pls.estimate(stage.model(), stage.data());
    }
}
