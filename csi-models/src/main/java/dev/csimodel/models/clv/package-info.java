/**
 * Customer lifetime value: historical value (realised margins), current value (discounted
 * expected future margins under constant retention) and potential value (value of referrals).
 *
 * <p>Source of the retention model: Gupta, S. and Lehmann, D. R. (2003), "Customers as assets",
 * Journal of Interactive Marketing 17(1), 9-24, whose margin multiple is {@code r / (1 + i - r)}.
 *
 * <p>Entry points: {@link dev.csimodel.models.clv.RetentionModel},
 * {@link dev.csimodel.models.clv.CustomerLifetimeValue}.
 */
package dev.csimodel.models.clv;
