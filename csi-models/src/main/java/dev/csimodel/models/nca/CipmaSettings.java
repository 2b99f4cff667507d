package dev.csimodel.models.nca;

import dev.csimodel.CsiSpecificationException;

/**
 * Settings of a combined importance-performance map analysis. Immutable, with withers.
 *
 * @param targetLevel   the desired level of the target on its 0-100 score: the bottleneck row the
 *                      drivers' requirements are read at (Hauff et al. 2024 choose it from the
 *                      target's performance, e.g. a level a share of customers already reaches)
 * @param ceiling       the ceiling whose effect size, p-value and bottleneck are used; CE-FDH by
 *                      default (no linearity assumed; Richter et al. 2020 advise it for data with
 *                      few distinct levels, and survey scores are averages of such items)
 * @param minimumEffect the effect size from which a condition counts as necessary; default 0.1
 * @param alpha         the significance level of the permutation test; default 0.05
 */
public record CipmaSettings(double targetLevel, CeilingMethod ceiling, double minimumEffect, double alpha) {

    /**
     * Validates the components.
     *
     * @param targetLevel the desired level of the target on its 0-100 score: the bottleneck row the drivers' requirements are read at (Hauff et al. 2024 choose it from the target's performance, e.g. a level a share of customers already reaches)
     * @param ceiling the ceiling whose effect size, p-value and bottleneck are used; CE-FDH by default (no linearity assumed; Richter et al. 2020 advise it for data with few distinct levels, and survey scores are averages of such items)
     * @param minimumEffect the effect size from which a condition counts as necessary; default 0.1
     * @param alpha the significance level of the permutation test; default 0.05
     */
    public CipmaSettings {
        if (!(targetLevel >= 0 && targetLevel <= 100)) {
            throw new CsiSpecificationException("the cIPMA target level is a 0-100 score, got " + targetLevel);
        }
        if (ceiling == null) {
            throw new CsiSpecificationException("the cIPMA ceiling must not be null");
        }
        if (!(minimumEffect >= 0 && minimumEffect <= 1)) {
            throw new CsiSpecificationException("the minimum NCA effect size lies in [0, 1], got " + minimumEffect);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new CsiSpecificationException("alpha must lie strictly between 0 and 1, got " + alpha);
        }
    }

    /**
     * @param level the target's 0-100 level at which each driver's required level is read
     * @return target level {@code level}, CE-FDH, minimum d 0.1, α 0.05
     */
    public static CipmaSettings at(double level) {
        return new CipmaSettings(level, CeilingMethod.CE_FDH, 0.1, 0.05);
    }

    /**
     * @param value the NCA ceiling of the effect size, p-value and required level
     * @return a copy with {@code ceiling} replaced
     */
    public CipmaSettings withCeiling(CeilingMethod value) {
        return new CipmaSettings(targetLevel, value, minimumEffect, alpha);
    }

    /**
     * @param value the smallest effect size d of a necessary condition, in [0, 1]
     * @return a copy with {@code minimumEffect} replaced
     */
    public CipmaSettings withMinimumEffect(double value) {
        return new CipmaSettings(targetLevel, ceiling, value, alpha);
    }

    /**
     * @param value the significance level of the permutation test, in (0, 1)
     * @return a copy with {@code alpha} replaced
     */
    public CipmaSettings withAlpha(double value) {
        return new CipmaSettings(targetLevel, ceiling, minimumEffect, value);
    }
}
