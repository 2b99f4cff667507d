package dev.csimodel.estimate;

/**
 * Inner weighting scheme: how the inner estimate of a construct combines its structural
 * neighbours (Lohmöller 1989; Tenenhaus et al. 2005, section 3.1.2).
 */
public enum InnerScheme {
    /**
     * Path weighting: a predecessor gets its coefficient in the multiple regression of the
     * construct on all its predecessors; a successor gets its correlation with the construct.
     */
    PATH,
    /** Centroid: each neighbour gets the sign of its correlation with the construct (Wold). */
    CENTROID,
    /** Factorial: each neighbour gets its correlation with the construct (Lohmöller). */
    FACTORIAL
}
