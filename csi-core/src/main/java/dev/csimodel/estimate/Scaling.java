package dev.csimodel.estimate;

/** How indicators enter the estimation. */
public enum Scaling {
    /** Indicators standardised to mean 0, population variance 1 (plspm {@code scaled = TRUE}). */
    STANDARDISED,
    /** Indicators centred but kept on their own scale (plspm {@code scaled = FALSE}). */
    CENTRED
}
