package dev.csimodel.models.ipma;

import dev.csimodel.Arguments;

/**
 * One entry of the priority list of {@link PriorityList}.
 *
 * @param rank                 1 for the driver with the largest impact
 * @param driver               the driver with its importance and performance
 * @param belowMeanPerformance true if the driver performs below the drivers' mean performance:
 *                             improving it is the first lever (Ringle and Sarstedt 2016)
 */
public record Priority(int rank, Driver driver, boolean belowMeanPerformance) {
    /**
     * Validates the components.
     *
     * @param rank 1 for the driver with the largest impact
     * @param driver the driver with its importance and performance
     * @param belowMeanPerformance true if the driver performs below the drivers' mean performance: improving it is the first lever (Ringle and Sarstedt 2016)
     */
    public Priority {
        Arguments.requireNonNull(driver, "driver");
    }

    /** @return the driver's name */
    public String name() {
        return driver.name();
    }

    /** @return the driver's ACSI impact ({@link Driver#impact}) */
    public double impact() {
        return driver.impact();
    }

    /** @return the driver's 0-100 performance */
    public double performance() {
        return driver.performance();
    }
}
