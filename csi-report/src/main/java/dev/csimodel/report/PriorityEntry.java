package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of the "what to fix first" list: the drivers ranked by impact, largest first.
 *
 * @param rank                 1 for the largest impact
 * @param name                 the driver construct
 * @param impact               its ACSI impact on the target (5-point rule)
 * @param performance          its 0-100 index
 * @param belowMeanPerformance true if its performance is below the drivers' mean performance:
 *                             a large impact with a low performance is the first thing to fix
 * @param impactLower          with {@code --bootstrap}: lower end of the impact's percentile
 *                             interval (else absent)
 * @param impactUpper          its upper end
 */
public record PriorityEntry(int rank, String name, double impact, double performance, boolean belowMeanPerformance,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double impactLower,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double impactUpper) {

    /**
     * A line without a bootstrap interval of its impact.
     *
     * @param belowMeanPerformance true if its performance is below the drivers' mean performance: a large impact with a low performance is the first thing to fix
     * @param impact its ACSI impact on the target (5-point rule)
     * @param name the driver construct
     * @param performance its 0-100 index
     * @param rank 1 for the largest impact
     */
    public PriorityEntry(int rank, String name, double impact, double performance, boolean belowMeanPerformance) {
        this(rank, name, impact, performance, belowMeanPerformance, null, null);
    }

    /**
     * @param lower the lower end of the impact's bootstrap interval
     * @param upper the upper end of the impact's bootstrap interval
     * @return this line with the percentile bootstrap interval of its impact
     */
    public PriorityEntry withImpactInterval(Double lower, Double upper) {
        return new PriorityEntry(rank, name, impact, performance, belowMeanPerformance, lower, upper);
    }
}
