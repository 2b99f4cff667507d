package dev.csimodel.models.nca;

import java.util.Locale;

/**
 * Dul's (2016, section "Effect size of a necessary condition") general benchmark for the NCA
 * effect size d: {@code 0 < d < 0.1} small, {@code 0.1 ≤ d < 0.3} medium, {@code 0.3 ≤ d < 0.5}
 * large, {@code d ≥ 0.5} very large; d = 0 is no ceiling at all.
 */
public enum EffectMagnitude {
    /** d = 0: no ceiling zone. */
    NONE,
    /** 0 &lt; d &lt; 0.1. */
    SMALL,
    /** 0.1 ≤ d &lt; 0.3. */
    MEDIUM,
    /** 0.3 ≤ d &lt; 0.5. */
    LARGE,
    /** d ≥ 0.5. */
    VERY_LARGE;

    /**
     * @param d an effect size in [0, 1]
     * @return the class of effect size {@code d}
     */
    public static EffectMagnitude of(double d) {
        if (d <= 0) {
            return NONE;
        }
        return d < 0.1 ? SMALL : d < 0.3 ? MEDIUM : d < 0.5 ? LARGE : VERY_LARGE;
    }

    /** @return the label in lower case with spaces ("very large") */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
