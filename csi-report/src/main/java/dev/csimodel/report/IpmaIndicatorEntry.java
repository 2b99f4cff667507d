package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One indicator of a driver construct on the importance-performance map (Ringle and Sarstedt
 * 2016): its importance is the construct's importance times the indicator's rescaled index
 * weight.
 *
 * @param name        the indicator
 * @param construct   its driver construct
 * @param weight      its rescaled index weight in the construct (the block's weights sum to 1)
 * @param importance  {@code weight × } the construct's importance
 * @param impact      {@code 5 × importance}: the change in the target's index for a 5-point
 *                    increase in the indicator's 0-100 mean
 * @param performance the indicator's mean on 0-100
 * @param impactLower with {@code --bootstrap}: lower end of the impact's percentile interval (else absent)
 * @param impactUpper its upper end
 */
public record IpmaIndicatorEntry(String name, String construct, double weight, double importance, double impact,
                                 double performance,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Double impactLower,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Double impactUpper) {

    /**
     * An indicator without a bootstrap interval of its impact.
     *
     * @param construct its driver construct
     * @param impact {@code 5 × importance}: the change in the target's index for a 5-point increase in the indicator's 0-100 mean
     * @param importance {@code weight × } the construct's importance
     * @param name the indicator
     * @param performance the indicator's mean on 0-100
     * @param weight its rescaled index weight in the construct (the block's weights sum to 1)
     */
    public IpmaIndicatorEntry(String name, String construct, double weight, double importance, double impact,
                              double performance) {
        this(name, construct, weight, importance, impact, performance, null, null);
    }

    /**
     * @param lower the lower end of the impact's bootstrap interval
     * @param upper the upper end of the impact's bootstrap interval
     * @return this indicator with the percentile bootstrap interval of its impact
     */
    public IpmaIndicatorEntry withImpactInterval(Double lower, Double upper) {
        return new IpmaIndicatorEntry(name, construct, weight, importance, impact, performance, lower, upper);
    }
}
