package dev.csimodel.models.ipma;

import dev.csimodel.CsiSpecificationException;

/**
 * A driver of the target: a construct or an indicator with its importance and performance.
 *
 * @param name        the construct or indicator name
 * @param importance  its importance for the target (an unstandardised total effect, or given)
 * @param performance its performance on the 0-100 scale
 */
public record Driver(String name, double importance, double performance) {

    /**
     * Validates the components.
     *
     * @param name the construct or indicator name
     * @param importance its importance for the target (an unstandardised total effect, or given)
     * @param performance its performance on the 0-100 scale
     */
    public Driver {
        if (name == null || name.isBlank()) {
            throw new CsiSpecificationException("a driver has an empty name");
        }
        if (!Double.isFinite(importance) || !Double.isFinite(performance)) {
            throw new CsiSpecificationException("driver '" + name + "' has a non-finite importance or performance");
        }
    }

    /**
     * The ACSI impact: the change in the target's 0-100 index when this driver's 0-100 score
     * rises by {@value ImportancePerformance#IMPACT_POINTS} points, {@code 5 · T*} with T* the
     * importance (the unstandardised total effect in index points per index point). Fornell,
     * Johnson, Anderson, Cha and Bryant 1996, "The American Customer Satisfaction Index: nature,
     * purpose, and findings", Journal of Marketing 60(4), 7-18; the ACSI methodology report
     * publishes impacts as "the change in the target index from a 5-point improvement in the
     * driver". For an indicator, the importance already carries its index weight, so its impact
     * is the construct impact times the weight (Ringle and Sarstedt 2016).
     *
     * @return {@code IMPACT_POINTS · importance}
     */
    public double impact() {
        return ImportancePerformance.IMPACT_POINTS * importance;
    }
}
