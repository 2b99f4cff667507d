package dev.csimodel.models.nca;

/**
 * A ceiling line: the highest outcome a condition level allows (Dul 2016, "Ceiling line").
 */
public sealed interface Ceiling permits StepCeiling, LineCeiling {

    /** @return the technique */
    CeilingMethod method();

    /**
     * @param x a condition level
     * @return the ceiling at {@code x}: the highest outcome observed (CE-FDH) or predicted
     *         (CR-FDH) for that condition level
     */
    double value(double x);

    /**
     * @param y an outcome level
     * @return the smallest condition level whose ceiling reaches outcome {@code y};
     *         {@code -∞} if every level does, {@code +∞} if none does
     */
    double requiredX(double y);

    /**
     * The ceiling zone: the area of the scope above the ceiling,
     * {@code ∫_{xLow}^{xHigh} (yHigh − min(yHigh, max(yLow, c(x)))) dx} (Dul 2016, Figure 5).
     *
     * @param scope the rectangle the zone is measured in
     * @return the zone, between 0 and {@code scope.area()}
     */
    double zone(NcaScope scope);
}
