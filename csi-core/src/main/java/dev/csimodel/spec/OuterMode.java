package dev.csimodel.spec;

/**
 * How a construct's outer weights are estimated (Lohmöller 1989, ch. 2; Tenenhaus et al. 2005,
 * section 3.1).
 */
public enum OuterMode {
    /** Mode A ("reflective"): each weight is the covariance of its indicator with the inner estimate. */
    A,
    /** Mode B ("formative"): the weights are the multiple regression of the inner estimate on the block. */
    B
}
