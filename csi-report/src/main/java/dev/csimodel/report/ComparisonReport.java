package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Several models estimated on the same data, side by side.
 *
 * @param data          the data file
 * @param sharedTargets endogenous constructs present in every model, first model's order
 * @param models        one summary per model, in the order given
 * @param cvpat         CVPAT of every pair of models (first, second) in the order given; absent
 *                      when no pair could be tested
 */
public record ComparisonReport(String data, List<String> sharedTargets, List<ModelSummary> models,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<CvpatEntry> cvpat) {

    /**
     * Validates the components.
     *
     * @param data the data file
     * @param sharedTargets endogenous constructs present in every model, first model's order
     * @param models one summary per model, in the order given
     * @param cvpat CVPAT of every pair of models (first, second) in the order given; absent when no pair could be tested
     */
    public ComparisonReport {
        sharedTargets = List.copyOf(sharedTargets);
        models = List.copyOf(models);
        cvpat = cvpat == null ? null : List.copyOf(cvpat);
    }

    /**
     * A comparison without CVPAT.
     *
     * @param data the data file's name
     * @param models one summary per model, in command-line order
     * @param sharedTargets the endogenous constructs every model has
     */
    public ComparisonReport(String data, List<String> sharedTargets, List<ModelSummary> models) {
        this(data, sharedTargets, models, null);
    }

    /**
     * The cross-validated predictive ability test of two models (Liengaard et al. 2021).
     *
     * @param first             the first model (file name)
     * @param second            the second model
     * @param indicators        the target indicators (of the constructs endogenous in both)
     * @param lossFirst         mean out-of-sample squared error of the first model
     * @param lossSecond        that of the second
     * @param meanDifference    lossSecond − lossFirst (positive: the first predicts better)
     * @param tValue            D̄ / sqrt(var(D)/N)
     * @param degreesOfFreedom  N − 1
     * @param pValue            two-sided p
     * @param pValueFirstBetter one-sided p of "the first predicts better"
     */
    public record CvpatEntry(String first, String second, List<String> indicators, Double lossFirst,
                             Double lossSecond, Double meanDifference, Double tValue, int degreesOfFreedom,
                             Double pValue, Double pValueFirstBetter) {
        /**
         * Validates the components.
         *
         * @param first the first model (file name)
         * @param second the second model
         * @param indicators the target indicators (of the constructs endogenous in both)
         * @param lossFirst mean out-of-sample squared error of the first model
         * @param lossSecond that of the second
         * @param meanDifference lossSecond − lossFirst (positive: the first predicts better)
         * @param tValue D̄ / sqrt(var(D)/N)
         * @param degreesOfFreedom N − 1
         * @param pValue two-sided p
         * @param pValueFirstBetter one-sided p of "the first predicts better"
         */
        public CvpatEntry {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * One model's fit.
     *
     * @param name         the model (file name)
     * @param observations observations used
     * @param converged    whether the iteration converged
     * @param gof          goodness of fit; null without endogenous constructs
     * @param srmr         standardised root mean square residual, when computed (else absent)
     * @param targets      fit of each shared target, {@link #sharedTargets()} order
     */
    public record ModelSummary(String name, long observations, boolean converged, Double gof,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Double srmr, List<TargetFit> targets) {
        /**
         * Validates the components.
         *
         * @param name the model (file name)
         * @param observations observations used
         * @param converged whether the iteration converged
         * @param gof goodness of fit; null without endogenous constructs
         * @param srmr standardised root mean square residual, when computed (else absent)
         * @param targets fit of each shared target, {@link #sharedTargets()} order
         */
        public ModelSummary {
            targets = List.copyOf(targets);
        }
    }

    /**
     * How well one model explains one endogenous construct.
     *
     * @param construct  the endogenous construct
     * @param r2         R²
     * @param r2Adjusted adjusted R²
     * @param aic        Akaike information criterion of its regression
     * @param bic        Bayesian information criterion of its regression
     * @param q2predict  mean PLSpredict Q² of the construct's indicators, when computed (else absent)
     * @param index      0-100 index, with a questionnaire scale (else absent)
     */
    public record TargetFit(String construct, Double r2, Double r2Adjusted, Double aic, Double bic,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double q2predict,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double index) {
    }
}
