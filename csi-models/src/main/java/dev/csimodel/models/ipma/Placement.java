package dev.csimodel.models.ipma;

/**
 * A driver's place on the importance-performance map.
 *
 * @param driver   the driver with its importance and performance
 * @param quadrant its quadrant
 */
public record Placement(Driver driver, Quadrant quadrant) {

    /** @return the driver's name */
    public String name() {
        return driver.name();
    }
}
