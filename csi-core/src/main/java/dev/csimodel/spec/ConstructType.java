package dev.csimodel.spec;

/**
 * What a construct is taken to be. Plain PLS-PM treats every construct as a composite; consistent
 * PLS (Dijkstra and Henseler 2015) corrects the correlations of constructs declared as common
 * factors. The choice is always explicit, never inferred from a construct's name.
 */
public enum ConstructType {
    /** A weighted sum of its indicators (the PLS-PM default). */
    COMPOSITE,
    /** A common factor measured with error by its indicators (corrected by PLSc). */
    COMMON_FACTOR
}
