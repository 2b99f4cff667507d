package dev.csimodel.cli.report;

import java.util.List;

/**
 * The importance-performance map of one target construct (Ringle and Sarstedt 2016): each
 * driver's unstandardised total effect on the target against its 0-100 index, with the lines at
 * the drivers' mean importance and mean performance dividing the four quadrants
 * (Martilla and James 1977).
 *
 * @param target          the target construct
 * @param importanceLine  the mean importance of the drivers
 * @param performanceLine the mean performance of the drivers
 * @param drivers         the constructs with a route to the target, model order
 */
public record IpmaEntry(String target, double importanceLine, double performanceLine,
                        List<IpmaDriverEntry> drivers) {

    public IpmaEntry {
        drivers = List.copyOf(drivers);
    }
}
