package dev.csimodel.models.nca;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One ceiling of one condition with its NCA statistics.
 *
 * @param ceiling    the ceiling line (a {@link StepCeiling} or a {@link LineCeiling})
 * @param zone       the ceiling zone: the scope's area above the ceiling
 * @param effectSize {@code d = zone / scope area} (Dul 2016, eq. 2), between 0 and 1
 * @param accuracy   ceiling accuracy: the percentage of cases on or below the ceiling (100 for
 *                   CE-FDH by construction), as the NCA package states it
 * @param pValue     the approximate permutation p-value of d, {@code (#{d_b ≥ d} + 1) / (N + 1)}
 *                   (Dul, van der Laan and Kuik 2020; the NCA package's estimator, after North,
 *                   Curtis and Sham 2002); absent without a test
 * @param pAccuracy  the 95% margin of p, {@code 1.96·√(p(1 − p)/N)} (the NCA package's
 *                   "p-accuracy"); absent without a test
 * @param bottleneck the bottleneck table, outcome levels ascending
 */
public record CeilingFit(Ceiling ceiling, double zone, double effectSize, double accuracy, OptionalDouble pValue,
                         OptionalDouble pAccuracy, List<BottleneckStep> bottleneck) {

    /**
     * Validates the components.
     *
     * @param ceiling the ceiling line (a {@link StepCeiling} or a {@link LineCeiling})
     * @param zone the ceiling zone: the scope's area above the ceiling
     * @param effectSize {@code d = zone / scope area} (Dul 2016, eq. 2), between 0 and 1
     * @param accuracy ceiling accuracy: the percentage of cases on or below the ceiling (100 for CE-FDH by construction), as the NCA package states it
     * @param pValue the approximate permutation p-value of d, {@code (#{d_b ≥ d} + 1) / (N + 1)} (Dul, van der Laan and Kuik 2020; the NCA package's estimator, after North, Curtis and Sham 2002); absent without a test
     * @param pAccuracy the 95% margin of p, {@code 1.96·√(p(1 − p)/N)} (the NCA package's "p-accuracy"); absent without a test
     * @param bottleneck the bottleneck table, outcome levels ascending
     */
    public CeilingFit {
        bottleneck = List.copyOf(bottleneck);
    }

    /** @return the technique */
    public CeilingMethod method() {
        return ceiling.method();
    }

    /** @return Dul's (2016) class of the effect size */
    public EffectMagnitude magnitude() {
        return EffectMagnitude.of(effectSize);
    }

    /** @return this fit with the test's p-value and its margin */
    CeilingFit withTest(double p, double margin) {
        return new CeilingFit(ceiling, zone, effectSize, accuracy, OptionalDouble.of(p), OptionalDouble.of(margin),
                bottleneck);
    }
}
