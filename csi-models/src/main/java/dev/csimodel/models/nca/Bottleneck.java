package dev.csimodel.models.nca;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The bottleneck table of a ceiling (Dul 2016, section "Bottleneck analysis"), with the NCA R
 * package's conventions: outcome levels {@code yLow + k/steps · (yHigh − yLow)}, k = 0..steps;
 * the required condition level {@code x = c⁻¹(y)}; "NN" where it is at or below the scope's
 * lowest x ({@code x < xLow + 1e-10}), "NA" where it exceeds the scope's highest x.
 */
final class Bottleneck {

    private Bottleneck() {
    }

    static List<BottleneckStep> table(Ceiling ceiling, NcaScope scope, double[] x, NcaSettings settings) {
        List<BottleneckStep> out = new ArrayList<>();
        for (int k = 0; k <= settings.steps(); k++) {
            double share = (double) k / settings.steps();
            double y = scope.yLow() + share * (scope.yHigh() - scope.yLow());
            double level = settings.outcomeUnit() == BottleneckUnit.ACTUAL ? y : 100 * share;
            out.add(step(level, y, ceiling.requiredX(y), scope, x, settings.conditionUnit()));
        }
        return List.copyOf(out);
    }

    /** @return the row for outcome {@code y} whose ceiling requires {@code req} */
    static BottleneckStep step(double level, double y, double req, NcaScope scope, double[] x, BottleneckUnit unit) {
        if (req < scope.xLow() + StepCeiling.EPSILON) {
            return new BottleneckStep(level, y, BottleneckStatus.NOT_NECESSARY, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalInt.of(0));
        }
        if (req > scope.xHigh()) {
            return new BottleneckStep(level, y, BottleneckStatus.NOT_ATTAINED, OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalInt.empty());
        }
        double shown = unit == BottleneckUnit.ACTUAL ? req
                : 100 * (req - scope.xLow()) / (scope.xHigh() - scope.xLow());
        return new BottleneckStep(level, y, BottleneckStatus.REQUIRED, OptionalDouble.of(shown), OptionalDouble.of(req),
                OptionalInt.of(below(x, req)));
    }

    /** The NCA package counts cases with {@code x < required − 1e-10} (its {@code p_cases}). */
    private static int below(double[] x, double req) {
        int n = 0;
        for (double v : x) {
            if (v < req - StepCeiling.EPSILON) {
                n++;
            }
        }
        return n;
    }
}
