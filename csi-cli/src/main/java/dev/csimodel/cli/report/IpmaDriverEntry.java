package dev.csimodel.cli.report;

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
 */
public record IpmaDriverEntry(String name, double importance, double impact, double performance, String quadrant) {
}
