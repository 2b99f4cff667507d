package dev.csimodel.models.ipma;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * The drivers of a target placed on the importance-performance map: a driver whose importance
 * is at or above the importance line is important, one whose performance is at or above the
 * performance line performs well (Martilla and James 1977). Immutable.
 */
public final class QuadrantMap {

    private final String target;
    private final Thresholds thresholds;
    private final double importanceLine;
    private final double performanceLine;
    private final List<Placement> placements;

    QuadrantMap(String target, Thresholds thresholds, double importanceLine, double performanceLine,
                List<Placement> placements) {
        this.target = target;
        this.thresholds = thresholds;
        this.importanceLine = importanceLine;
        this.performanceLine = performanceLine;
        this.placements = List.copyOf(placements);
    }

    /** @return the target construct */
    public String target() {
        return target;
    }

    /** @return the rules the lines were placed by */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** @return the importance value dividing important from less important drivers */
    public double importanceLine() {
        return importanceLine;
    }

    /** @return the performance value dividing high from low performance */
    public double performanceLine() {
        return performanceLine;
    }

    /** @return every driver's placement, in driver order */
    public List<Placement> placements() {
        return placements;
    }

    /**
     * @param q the quadrant
     * @return the drivers in quadrant {@code q}, in driver order
     */
    public List<Placement> in(Quadrant q) {
        return placements.stream().filter(p -> p.quadrant() == q).toList();
    }

    /**
     * @param driver the driver's name
     * @return the quadrant that driver lies in
     * @throws CsiSpecificationException naming the driver if there is none of that name
     */
    public Quadrant quadrant(String driver) {
        return placements.stream().filter(p -> p.name().equals(driver)).findFirst()
                .map(Placement::quadrant)
                .orElseThrow(() -> new CsiSpecificationException("no driver '" + driver + "' on the map of '"
                        + target + "'"));
    }
}
