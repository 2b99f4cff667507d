package dev.csimodel.models.nca;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One driver on the combined importance-performance map (Hauff et al. 2024): its IPMA importance
 * and performance, its necessity for the target, and what the target level requires of it.
 *
 * @param name          the driver construct
 * @param importance    the unstandardised total effect on the target (as
 *                      {@link dev.csimodel.models.ipma.Driver#importance})
 * @param performance   the driver's 0-100 index
 * @param effectSize    the NCA effect size d of the cIPMA's ceiling
 * @param pValue        the permutation p-value of d; absent without a test
 * @param necessity     necessary, not necessary, or untested ({@link Necessity})
 * @param status        the bottleneck at the target level: not necessary (NN), a level
 *                      required, or not attained (NA: no observed driver level allows it)
 * @param required      the driver's 0-100 score the target level requires, present when
 *                      {@code status} is {@link BottleneckStatus#REQUIRED}
 * @param casesBelow    the cases whose driver score lies below {@code required} (0 for NN,
 *                      absent for NA)
 * @param shareBelow    {@code casesBelow / n}: the share of cases that cannot reach the target
 *                      level unless this driver rises; absent for NA
 */
public record CombinedDriver(String name, double importance, double performance, double effectSize,
                             OptionalDouble pValue, Necessity necessity, BottleneckStatus status,
                             OptionalDouble required, OptionalInt casesBelow, OptionalDouble shareBelow) {
}
