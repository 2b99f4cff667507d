package dev.csimodel.models.clv;

import dev.csimodel.CsiSpecificationException;

/**
 * A customer's value in three parts (see {@link CustomerLifetimeValue}).
 *
 * <p>The constructor throws {@link CsiSpecificationException} if a part is not finite.
 *
 * @param historical sum of realised margins
 * @param current    discounted expected future margins
 * @param potential  value of expected referrals
 */
public record CustomerValue(double historical, double current, double potential) {

    /**
     * Requires the three value parts to be finite.
     * @param historical sum of realised margins
     * @param current discounted expected future margins
     * @param potential value of expected referrals
     */
    public CustomerValue {
        if (!Double.isFinite(historical) || !Double.isFinite(current) || !Double.isFinite(potential)) {
            throw new CsiSpecificationException("customer value parts must be finite: historical="
                    + historical + ", current=" + current + ", potential=" + potential);
        }
    }

    /** @return historical + current + potential */
    public double total() {
        return historical + current + potential;
    }
}
