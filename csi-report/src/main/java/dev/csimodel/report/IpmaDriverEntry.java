package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One driver construct on the importance-performance map.
 *
 * @param name        the driver construct
 * @param importance  its unstandardised total effect on the target: points of target index per
 *                    point of driver index
 * @param impact      the ACSI impact, {@code 5 × importance}: the change in the target's index
 *                    for a 5-point increase in the driver's index (Fornell et al. 1996)
 * @param performance its 0-100 index
 * @param quadrant    "A" (advantage: important, performing well), "B" (repair: important,
 *                    performing poorly), "C" (opportunity: less important, performing poorly) or
 *                    "D" (maintain: less important, performing well)
 * @param impactLower with {@code --bootstrap}: lower end of the impact's percentile interval (else absent)
 * @param impactUpper its upper end
 */
public record IpmaDriverEntry(String name, double importance, double impact, double performance, String quadrant,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Double impactLower,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Double impactUpper) {

    /**
     * A driver without a bootstrap interval of its impact.
     *
     * @param impact the ACSI impact, {@code 5 × importance}: the change in the target's index for a 5-point increase in the driver's index (Fornell et al. 1996)
     * @param importance its unstandardised total effect on the target: points of target index per point of driver index
     * @param name the driver construct
     * @param performance its 0-100 index
     * @param quadrant "A" (advantage: important, performing well), "B" (repair: important, performing poorly), "C" (opportunity: less important, performing poorly) or "D" (maintain: less important, performing well)
     */
    public IpmaDriverEntry(String name, double importance, double impact, double performance, String quadrant) {
        this(name, importance, impact, performance, quadrant, null, null);
    }

    /**
     * @param lower the lower end of the impact's bootstrap interval
     * @param upper the upper end of the impact's bootstrap interval
     * @return this driver with the percentile bootstrap interval of its impact
     */
    public IpmaDriverEntry withImpactInterval(Double lower, Double upper) {
        return new IpmaDriverEntry(name, importance, impact, performance, quadrant, lower, upper);
    }
}
