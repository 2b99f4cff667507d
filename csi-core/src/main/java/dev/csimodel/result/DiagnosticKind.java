package dev.csimodel.result;

/**
 * What a {@link Diagnostic} reports. Consistent PLS can produce estimates that no population
 * model could have generated (Dijkstra and Henseler 2015, section "inadmissible solutions");
 * they are reported rather than thrown because the point estimate may still be worth seeing,
 * e.g. to spot nearly collinear constructs. Further kinds may be added by other analyses.
 */
public enum DiagnosticKind {
    /** ρA of a common factor is not in (0, 1]: its correction factor 1/sqrt(ρA) is undefined or shrinks correlations. */
    RHO_A_OUT_OF_RANGE(true),
    /** A corrected construct correlation exceeds 1 in absolute value. */
    CORRELATION_BEYOND_ONE(true),
    /** A consistent loading (or cross-loading) exceeds 1 in absolute value. */
    LOADING_BEYOND_ONE(true),
    /** The corrected construct correlation matrix is not positive definite. */
    NOT_POSITIVE_DEFINITE(true),
    /** The R² of an endogenous construct, from corrected correlations, is outside [0, 1]. */
    R_SQUARED_OUT_OF_RANGE(true),
    /**
     * A path coefficient exceeds 1 in absolute value. Admissible in itself (standardised
     * regression coefficients of correlated predictors can), but a usual sign of near-collinear
     * predictors whose estimates are unstable.
     */
    PATH_BEYOND_ONE(false);

    private final boolean inadmissible;

    DiagnosticKind(boolean inadmissible) {
        this.inadmissible = inadmissible;
    }

    /** @return true if no population model has such a value (a Heywood-type case), false for a warning */
    public boolean inadmissible() {
        return inadmissible;
    }
}
