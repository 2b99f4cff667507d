package dev.csimodel.cli.report;

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
 */
public record IpmaEntry(String target, double importanceLine, double performanceLine, double impactPoints,
                        List<IpmaDriverEntry> drivers, List<IpmaIndicatorEntry> indicators,
                        List<PriorityEntry> priorities) {

    public IpmaEntry {
        drivers = List.copyOf(drivers);
        indicators = List.copyOf(indicators);
        priorities = List.copyOf(priorities);
    }
}
