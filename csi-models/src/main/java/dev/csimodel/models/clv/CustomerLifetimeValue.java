package dev.csimodel.models.clv;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.List;

/**
 * The three parts of a customer's value: historical (margins already realised), current (the
 * discounted expected future margins of a {@link RetentionModel}, Gupta and Lehmann 2003) and
 * potential (the value the customer brings through referrals).
 */
public final class CustomerLifetimeValue {

    private CustomerLifetimeValue() {
    }

    /**
     * Historical value: the plain sum of realised margins, {@code sum_t m_t}, without
     * compounding (the margins are already in the currency of the report).
     *
     * @param realisedMargins the margin of each past period, in order; may be empty (0)
     * @return the sum
     * @throws CsiDataException if a margin is missing or not finite (message names the period,
     *                          numbered from 1)
     */
    public static double historicalValue(List<Double> realisedMargins) {
        double sum = 0.0;
        for (int t = 0; t < realisedMargins.size(); t++) {
            Double m = realisedMargins.get(t);
            if (m == null || !Double.isFinite(m)) {
                throw new CsiDataException("realised margin of period " + (t + 1) + " is " + m);
            }
            sum += m;
        }
        return sum;
    }

    /**
     * Potential value: {@code E[referrals] * V_referred}, the expected number of customers the
     * customer brings in times the value of one referred customer (e.g. that customer's
     * {@link RetentionModel#infiniteHorizonValue()}).
     *
     * @param expectedReferrals    expected number of referred customers, finite and &ge; 0
     * @param referredCustomerValue value of one referred customer, finite
     * @return the product
     * @throws CsiSpecificationException if an argument is outside its range
     */
    public static double potentialValue(double expectedReferrals, double referredCustomerValue) {
        if (!(expectedReferrals >= 0.0) || Double.isInfinite(expectedReferrals)) {
            throw new CsiSpecificationException("expected referrals must be finite and >= 0, got "
                    + expectedReferrals);
        }
        if (!Double.isFinite(referredCustomerValue)) {
            throw new CsiSpecificationException("referred customer value must be finite, got "
                    + referredCustomerValue);
        }
        return expectedReferrals * referredCustomerValue;
    }
}
