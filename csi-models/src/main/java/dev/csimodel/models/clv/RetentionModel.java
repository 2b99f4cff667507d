package dev.csimodel.models.clv;

import dev.csimodel.CsiSpecificationException;

/**
 * Constant-margin, constant-retention model of a customer's future value (Gupta and Lehmann
 * 2003). Convention: the margin m of period t is earned at the end of the period, and only if
 * the customer is still retained then, so period 1 is already weighted by the retention r; there
 * is no margin at t = 0 (use {@link CustomerLifetimeValue#historicalValue} for margins already
 * realised). With q = r / (1 + i):
 *
 * <pre>
 *  finite horizon T:  CLV_T   = sum_{t=1..T} m r^t / (1 + i)^t = m r / (1 + i - r) * (1 - q^T)
 *  infinite horizon:  CLV_inf = m r / (1 + i - r)               (requires q &lt; 1)
 * </pre>
 *
 * <p>The constructor throws {@link CsiSpecificationException} if a parameter is outside its range
 * or not finite.
 *
 * @param margin       m, the margin per period, finite (may be negative for a loss-making customer)
 * @param retention    r, the probability of staying another period, in [0, 1)
 * @param discountRate i, the discount rate per period, &gt; -1
 */
public record RetentionModel(double margin, double retention, double discountRate) {

    /**
     * Requires a finite margin, a retention rate r in [0, 1) and a finite discount rate i &gt; −1.
     * @param margin m, the margin per period, finite (may be negative for a loss-making customer)
     * @param retention r, the probability of staying another period, in [0, 1)
     * @param discountRate i, the discount rate per period, &gt; -1
     */
    public RetentionModel {
        if (!Double.isFinite(margin)) {
            throw new CsiSpecificationException("margin must be finite, got " + margin);
        }
        if (!(retention >= 0.0 && retention < 1.0)) {
            throw new CsiSpecificationException("retention rate r must be in [0, 1), got " + retention);
        }
        if (!(discountRate > -1.0) || Double.isInfinite(discountRate)) {
            throw new CsiSpecificationException("discount rate i must be finite and > -1, got "
                    + discountRate);
        }
    }

    /**
     * Value of the first T periods: {@code sum_{t=1..T} m r^t / (1 + i)^t}, evaluated in closed
     * form {@code m r / (1 + i - r) * (1 - q^T)} with {@code 1 - q^T = -expm1(T ln q)} for
     * accuracy, and as {@code m T} when {@code q = 1}.
     *
     * @param horizon T, the number of future periods, &ge; 0 (T = 0 gives 0)
     * @return the discounted expected margins of periods 1..T
     * @throws CsiSpecificationException if T is negative, or the value overflows a double (only
     *         possible when q &gt; 1, i.e. a negative discount rate)
     */
    public double finiteHorizonValue(int horizon) {
        if (horizon < 0) {
            throw new CsiSpecificationException("horizon T must be >= 0 periods, got " + horizon);
        }
        if (horizon == 0 || retention == 0.0) {
            return 0.0;
        }
        double gap = 1.0 + discountRate - retention;
        if (gap == 0.0) {
            return margin * horizon;
        }
        double logQ = Math.log(retention) - Math.log1p(discountRate);
        double value = margin * retention / gap * -Math.expm1(horizon * logQ);
        if (!Double.isFinite(value)) {
            throw new CsiSpecificationException("finite-horizon value overflows for T = " + horizon
                    + " with r / (1 + i) = " + Math.exp(logQ) + " > 1");
        }
        return value;
    }

    /**
     * Value over an unlimited horizon: {@code m r / (1 + i - r)}, the limit of
     * {@link #finiteHorizonValue(int)} as T grows.
     *
     * @return the discounted expected margins of all future periods
     * @throws CsiSpecificationException if {@code r >= 1 + i} (only possible for a negative
     *         discount rate), where the sum diverges
     */
    public double infiniteHorizonValue() {
        return margin * marginMultiple();
    }

    /**
     * Gupta and Lehmann's (2003) margin multiple {@code r / (1 + i - r)}: the infinite-horizon
     * value per unit of margin.
     *
     * @return the multiple
     * @throws CsiSpecificationException if {@code r >= 1 + i}, where the sum diverges
     */
    public double marginMultiple() {
        double gap = 1.0 + discountRate - retention;
        if (!(gap > 0.0)) {
            throw new CsiSpecificationException("infinite-horizon value diverges: retention r = "
                    + retention + " is not below 1 + i = " + (1.0 + discountRate));
        }
        return retention / gap;
    }
}
