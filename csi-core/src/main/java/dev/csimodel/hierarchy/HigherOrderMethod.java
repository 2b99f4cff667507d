package dev.csimodel.hierarchy;

/**
 * How a higher-order construct is estimated (Becker, Klein and Wetzels 2012, section 3;
 * Sarstedt, Hair, Cheah, Becker and Ringle 2019, section 3).
 */
public enum HigherOrderMethod {
    /**
     * One PLS run in which the higher-order construct's block repeats every indicator of its
     * dimensions (Lohmöller 1989), joined to them by paths: from the higher-order
     * construct to each dimension for a Mode A (reflective) higher-order construct, from each
     * dimension to it for Mode B (formative). The repeated columns are named
     * {@code HOC.indicator} ({@link HigherOrderEstimator#repeatedIndicatorName}). When a Mode B
     * higher-order construct is endogenous, its dimensions, its predecessors in this run,
     * explain nearly all of its variance, which biases the other paths into it towards zero
     * (Becker et al. 2012).
     */
    REPEATED_INDICATORS,
    /**
     * Stage 1 estimates the repeated-indicators model; stage 2 measures each higher-order
     * construct by the stage-1 scores of its dimensions, drops the dimensions, and estimates
     * everything again (Becker et al. 2012; Sarstedt et al. 2019, who name the two versions).
     */
    EMBEDDED_TWO_STAGE,
    /**
     * Stage 1 estimates the model without the higher-order constructs, each dimension linked
     * directly to every construct its higher-order construct is linked to; stage 2 is that of
     * {@link #EMBEDDED_TWO_STAGE} with these scores (Sarstedt et al. 2019). seminr's
     * {@code two_stage} method.
     */
    DISJOINT_TWO_STAGE
}
