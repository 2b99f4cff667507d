package dev.csimodel.moderation;

/**
 * How the indicators of an interaction construct {@code A:B} are formed; the three approaches of
 * seminr 2.3.4 ({@code two_stage}, {@code product_indicator}, {@code orthogonal}).
 */
public enum InteractionMethod {
    /**
     * Stage 1 estimates the model without interaction terms; the single indicator of {@code A:B}
     * is the product of the stage-1 standardised scores of A and B, and stage 2 re-estimates the
     * whole model with it (Chin, Marcolin and Newsted 2003; recommended by Becker, Ringle and
     * Sarstedt 2018, for composites and formative measurement). The default.
     */
    TWO_STAGE,
    /**
     * Every product {@code a_i·b_j} of the standardised indicators of A and B is an indicator of
     * {@code A:B} (Chin, Marcolin and Newsted 2003; Henseler and Chin 2010). A quadratic term
     * {@code A:A} takes each unordered pair once ({@code a_i·a_j}, i ≤ j).
     */
    PRODUCT_INDICATOR,
    /**
     * The products of {@link #PRODUCT_INDICATOR}, each replaced by its residual from the OLS
     * regression (with intercept) on all indicators of A and B, so the interaction is
     * uncorrelated with the main effects' indicators (Little, Bovaird and Widaman 2006; Henseler
     * and Chin 2010).
     */
    ORTHOGONAL
}
