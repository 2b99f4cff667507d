package dev.csimodel.spec;

/**
 * How a construct's outer weights are estimated (Lohmöller 1989, ch. 2; Tenenhaus et al. 2005,
 * section 3.1).
 */
public enum OuterMode {
    /** Mode A ("reflective"): each weight is the covariance of its indicator with the inner estimate. */
    A,
    /** Mode B ("formative"): the weights are the multiple regression of the inner estimate on the block. */
    B,
    /**
     * Unit weights: every indicator of the block gets the same weight, scaled so that the
     * composite has unit variance, {@code w = 1 / sqrt(1'S_jj 1)} (a standardised sum score; cSEM's
     * {@code "unit"} approach, Dijkstra and Henseler 2015, sec. 2). Fixed: the PLS iteration does
     * not update them, and the blocks around them see the sum score as their inner proxy's source.
     */
    UNIT
}
