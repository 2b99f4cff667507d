package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The importance-performance map of one target construct (Ringle and Sarstedt 2016): each
 * driver's unstandardised total effect on the target against its 0-100 index, with the lines at
 * the drivers' mean importance and mean performance dividing the four quadrants
 * (Martilla and James 1977), the ACSI impacts (the change in the target's index for a
 * {@code impactPoints}-point increase in a driver, Fornell et al. 1996) and the priority list.
 *
 * @param target          the target construct
 * @param importanceLine  the mean importance of the drivers
 * @param performanceLine the mean performance of the drivers
 * @param impactPoints    the driver increase an impact is quoted for (5)
 * @param drivers         the constructs with a route to the target, model order
 * @param indicators      the indicators of the driver constructs, model order
 * @param priorities      the driver constructs ranked by impact, largest first
 * @param nca             the necessary condition analysis of the drivers on the respondents'
 *                        0-100 scores, when the rows are in memory (absent when streaming)
 * @param cipma           the combined importance-performance map, with {@code nca}
 */
public record IpmaEntry(String target, double importanceLine, double performanceLine, double impactPoints,
                        List<IpmaDriverEntry> drivers, List<IpmaIndicatorEntry> indicators,
                        List<PriorityEntry> priorities,
                        @JsonInclude(JsonInclude.Include.NON_NULL) NcaEntry nca,
                        @JsonInclude(JsonInclude.Include.NON_NULL) CipmaEntry cipma) {

    /**
     * Validates the components.
     *
     * @param target the target construct
     * @param importanceLine the mean importance of the drivers
     * @param performanceLine the mean performance of the drivers
     * @param impactPoints the driver increase an impact is quoted for (5)
     * @param drivers the constructs with a route to the target, model order
     * @param indicators the indicators of the driver constructs, model order
     * @param priorities the driver constructs ranked by impact, largest first
     * @param nca the necessary condition analysis of the drivers on the respondents' 0-100 scores, when the rows are in memory (absent when streaming)
     * @param cipma the combined importance-performance map, with {@code nca}
     */
    public IpmaEntry {
        drivers = List.copyOf(drivers);
        indicators = List.copyOf(indicators);
        priorities = List.copyOf(priorities);
    }

    /**
     * The map without the necessity analysis.
     *
     * @param drivers the constructs with a route to the target, model order
     * @param impactPoints the driver increase an impact is quoted for (5)
     * @param importanceLine the mean importance of the drivers
     * @param indicators the indicators of the driver constructs, model order
     * @param performanceLine the mean performance of the drivers
     * @param priorities the driver constructs ranked by impact, largest first
     * @param target the target construct
     */
    public IpmaEntry(String target, double importanceLine, double performanceLine, double impactPoints,
                     List<IpmaDriverEntry> drivers, List<IpmaIndicatorEntry> indicators,
                     List<PriorityEntry> priorities) {
        this(target, importanceLine, performanceLine, impactPoints, drivers, indicators, priorities, null, null);
    }

    /**
     * @param cipmaValue the combined importance-performance map
     * @param ncaValue the necessary condition analysis of the drivers
     * @return this map with the necessary condition analysis and the combined map
     */
    public IpmaEntry withNecessity(NcaEntry ncaValue, CipmaEntry cipmaValue) {
        return new IpmaEntry(target, importanceLine, performanceLine, impactPoints, drivers, indicators, priorities,
                ncaValue, cipmaValue);
    }
}
