package dev.csimodel.models.nca;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of a bottleneck table: the condition level the ceiling requires for an outcome level.
 *
 * @param outcomeLevel  the outcome level as the table states it (percent of the outcome's range,
 *                      or the score itself; {@link NcaSettings#outcomeUnit})
 * @param outcome       the outcome level on the score scale
 * @param status        not necessary (NN), required, or not attained (NA)
 * @param required      the required condition level as the table states it (percent of the
 *                      condition's range, or the score; {@link NcaSettings#conditionUnit});
 *                      present only when {@code status} is {@link BottleneckStatus#REQUIRED}
 * @param requiredScore the required condition level on the score scale, present with {@code required}
 * @param casesBelow    the number of cases whose condition lies below the required level: they
 *                      cannot reach the outcome level (0 for NN; absent for NA)
 */
public record BottleneckStep(double outcomeLevel, double outcome, BottleneckStatus status, OptionalDouble required,
                             OptionalDouble requiredScore, OptionalInt casesBelow) {
}
