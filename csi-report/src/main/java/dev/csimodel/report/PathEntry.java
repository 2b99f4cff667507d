package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One structural path. Standard error, t and p come from the OLS regression of the scores
 * (as plspm reports them); with a bootstrap, the boot* fields and the percentile interval are set.
 *
 * @param from         the predictor
 * @param to           the dependent construct
 * @param estimate     the path coefficient
 * @param stdError     OLS standard error
 * @param tValue       estimate / stdError
 * @param pValue       two-sided p-value
 * @param f2           Cohen's effect size f²
 * @param vif          variance inflation factor of the predictor among the predecessors of {@code to}
 * @param bootMean     mean of the bootstrap estimates (absent without a bootstrap)
 * @param bootStdError standard deviation of the bootstrap estimates (absent without a bootstrap)
 * @param bootTValue   estimate / bootStdError, the t value PLS software reports (absent without a bootstrap)
 * @param bootPValue   two-sided p-value of bootTValue, Student t with B − 1 df (absent without a bootstrap)
 * @param ciLower      lower end of the bootstrap confidence interval (absent without a bootstrap)
 * @param ciUpper      upper end of the bootstrap confidence interval (absent without a bootstrap)
 * @param pAdjusted    the p-value (bootstrap p with a bootstrap, else OLS p) adjusted for multiple
 *                     testing over all paths with {@code --p-adjust} (else absent)
 */
public record PathEntry(String from, String to, Double estimate, Double stdError, Double tValue, Double pValue,
                        Double f2, Double vif,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootMean,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootStdError,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootTValue,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double bootPValue,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double ciLower,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double ciUpper,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double pAdjusted) {

    /**
     * @param lower the lower end of the bootstrap interval
     * @param mean the bootstrap mean
     * @param p the bootstrap p-value
     * @param stdError the bootstrap standard error
     * @param t estimate / bootstrap standard error
     * @param upper the upper end of the bootstrap interval
     * @return this entry with bootstrap results
     */
    public PathEntry withBootstrap(Double mean, Double stdError, Double t, Double p, Double lower, Double upper) {
        return new PathEntry(from, to, estimate, this.stdError, tValue, pValue, f2, vif, mean, stdError, t, p,
                lower, upper, pAdjusted);
    }

    /**
     * @param value the adjusted p-value
     * @return this entry with the adjusted p-value
     */
    public PathEntry withPAdjusted(Double value) {
        return new PathEntry(from, to, estimate, stdError, tValue, pValue, f2, vif, bootMean, bootStdError,
                bootTValue, bootPValue, ciLower, ciUpper, value);
    }

    /** @return the p-value the report shows: the bootstrap one when bootstrapped, else the OLS one */
    public Double shownPValue() {
        return bootStdError != null ? bootPValue : pValue;
    }
}
