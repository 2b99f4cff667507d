package dev.csimodel.cli.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Several models estimated on the same data, side by side.
 *
 * @param data          the data file
 * @param sharedTargets endogenous constructs present in every model, first model's order
 * @param models        one summary per model, in the order given
 */
public record ComparisonReport(String data, List<String> sharedTargets, List<ModelSummary> models) {

    public ComparisonReport {
        sharedTargets = List.copyOf(sharedTargets);
        models = List.copyOf(models);
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
