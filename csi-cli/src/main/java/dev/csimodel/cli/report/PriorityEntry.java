package dev.csimodel.cli.report;

/**
 * One line of the "what to fix first" list: the drivers ranked by impact, largest first.
 *
 * @param rank                 1 for the largest impact
 * @param name                 the driver construct
 * @param impact               its ACSI impact on the target (5-point rule)
 * @param performance          its 0-100 index
 * @param belowMeanPerformance true if its performance is below the drivers' mean performance:
 *                             a large impact with a low performance is the first thing to fix
 */
public record PriorityEntry(int rank, String name, double impact, double performance, boolean belowMeanPerformance) {
}
