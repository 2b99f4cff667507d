package dev.csimodel.result;

import java.util.List;

/**
 * The OLS regression of an endogenous construct on its predecessors (standardised scores), as
 * R's {@code lm} reports it.
 *
 * @param dependent        the endogenous construct
 * @param intercept        the intercept (zero for centred scores, kept for its standard error)
 * @param predictors       one coefficient per predecessor, in path declaration order
 * @param rSquared         R²
 * @param adjustedRSquared 1 − (1 − R²)(n − 1)/(n − k − 1)
 * @param residualDf       n − k − 1
 */
public record RegressionSummary(String dependent, Coefficient intercept, List<Coefficient> predictors,
                                double rSquared, double adjustedRSquared, double residualDf) {

    /**
     * Copies the predictor list, so the summary stays immutable.
     * @param dependent the endogenous construct
     * @param intercept the intercept (zero for centred scores, kept for its standard error)
     * @param predictors one coefficient per predecessor, in path declaration order
     * @param rSquared R²
     * @param adjustedRSquared 1 − (1 − R²)(n − 1)/(n − k − 1)
     * @param residualDf n − k − 1
     */
    public RegressionSummary {
        predictors = List.copyOf(predictors);
    }

    /**
     * @return the coefficient of predictor {@code name}
     * @param name the predictor construct's name, or "(Intercept)"
     */
    public Coefficient predictor(String name) {
        return predictors.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new dev.csimodel.CsiSpecificationException("construct '" + name
                        + "' is not a predictor of '" + dependent + "'"));
    }
}
