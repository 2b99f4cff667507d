package dev.csimodel.result;

/**
 * The kinds of admissibility problem a PLS estimate can have, after the checks of cSEM's
 * {@code verify()} (Rademaker and Schuberth, R package cSEM) and the sample-size rule of thumb of
 * Barclay, Higgins and Thompson (1995).
 */
public enum DiagnosticKind {

    /** The outer iteration stopped at the iteration limit before reaching the tolerance. */
    NOT_CONVERGED,

    /** An indicator's loading exceeds 1 in absolute value (impossible for a proper composite). */
    LOADING_ABOVE_ONE,

    /** A construct correlation exceeds 1 in absolute value. */
    CONSTRUCT_CORRELATION_ABOVE_ONE,

    /** The construct correlation matrix is not positive definite (collinear or degenerate constructs). */
    CONSTRUCT_CORRELATIONS_NOT_POSITIVE_DEFINITE,

    /**
     * An outer weight is negative: the construct is then not a weighted mean of its indicators,
     * and the 0-100 index of Fornell et al. (1996) is undefined for its block.
     */
    NEGATIVE_WEIGHT,

    /**
     * A regression of the model (a structural regression, or the outer regression of a Mode B
     * block) has fewer than ten observations per parameter: the "ten-times rule" of Barclay,
     * Higgins and Thompson (1995), Technology Studies 2(2).
     */
    FEW_OBSERVATIONS
}
