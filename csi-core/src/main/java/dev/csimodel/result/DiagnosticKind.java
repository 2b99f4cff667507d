package dev.csimodel.result;

/**
 * What a {@link Diagnostic} reports. Consistent PLS can produce estimates that no population
 * model could have generated (Dijkstra and Henseler 2015, section "inadmissible solutions");
 * they are reported rather than thrown because the point estimate may still be worth seeing,
 * e.g. to spot nearly collinear constructs. The admissibility checks of every estimate (after
 * cSEM's {@code verify()}) report through the same kinds: convergence, loadings and construct
 * correlations within ±1, a positive-definite construct correlation matrix, and, as warnings,
 * negative weights and small samples.
 */
public enum DiagnosticKind {
    /** ρA of a common factor is not in (0, 1]: its correction factor 1/sqrt(ρA) is undefined or shrinks correlations. */
    RHO_A_OUT_OF_RANGE(true),
    /** A (corrected) construct correlation exceeds 1 in absolute value. */
    CORRELATION_BEYOND_ONE(true),
    /** A (consistent) loading or cross-loading exceeds 1 in absolute value. */
    LOADING_BEYOND_ONE(true),
    /** The (corrected) construct correlation matrix is not positive definite (collinear or degenerate constructs). */
    NOT_POSITIVE_DEFINITE(true),
    /** The R² of an endogenous construct, from corrected correlations, is outside [0, 1]. */
    R_SQUARED_OUT_OF_RANGE(true),
    /**
     * A path coefficient exceeds 1 in absolute value. Admissible in itself (standardised
     * regression coefficients of correlated predictors can), but a usual sign of near-collinear
     * predictors whose estimates are unstable.
     */
    PATH_BEYOND_ONE(false),
    /** The outer iteration stopped at the iteration limit before reaching the tolerance: not a PLS solution. */
    NOT_CONVERGED(true),
    /**
     * An outer weight is negative. Admissible, but the construct is then not a weighted mean of
     * its indicators and the 0-100 index of Fornell et al. (1996) is undefined for its block.
     */
    NEGATIVE_WEIGHT(false),
    /**
     * A regression of the model (a structural regression, or the outer regression of a Mode B
     * block) has fewer than ten observations per parameter: the "ten-times rule" of Barclay,
     * Higgins and Thompson (1995), Technology Studies 2(2). A warning.
     */
    FEW_OBSERVATIONS(false),
    /**
     * The predictors of a structural regression are near-collinear: the condition ratio
     * λ_min/λ_max of their correlation matrix is below 1/900 (a condition index above 30, Belsley,
     * Kuh and Welsch 1980). Exactly collinear predictors are an error. A warning: the paths are
     * estimated but unstable; the value is the condition ratio.
     */
    COLLINEAR_PREDICTORS(false),
    /**
     * The indicators of a block are exactly linearly dependent (condition ratio of the block's
     * correlations below 1e-10, e.g. a copied column). A Mode A block is still estimated (it needs
     * no inverse) but its item VIFs are undefined. A warning; the value is the condition ratio.
     */
    DEPENDENT_INDICATORS(false),
    /**
     * A polychoric or polyserial indicator correlation is not identified by the data: the
     * polychoric likelihood is as high at the bound ±0.9999 as at the estimate (e.g. an empty
     * corner of the contingency table), or the polyserial estimate was clamped to ±0.9999 (as R
     * polycor). A warning; the value is the estimate.
     */
    INDICATOR_CORRELATION_AT_BOUND(false),
    /**
     * The estimated indicator correlation matrix (polychoric/polyserial) was not positive
     * definite and was smoothed on request (eigenvalues clipped, rescaled to unit diagonal). A
     * warning; the value is the smallest eigenvalue before smoothing.
     */
    INDICATOR_CORRELATIONS_SMOOTHED(false);

    private final boolean inadmissible;

    DiagnosticKind(boolean inadmissible) {
        this.inadmissible = inadmissible;
    }

    /** @return true if no population model has such a value (a Heywood-type case), false for a warning */
    public boolean inadmissible() {
        return inadmissible;
    }
}
