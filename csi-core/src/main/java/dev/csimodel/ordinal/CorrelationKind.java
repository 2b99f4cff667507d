package dev.csimodel.ordinal;

/** How the correlation of two indicators is estimated, by their kinds (as cSEM's {@code calculateIndicatorCor}). */
public enum CorrelationKind {
    /** Both continuous: the Pearson product-moment correlation. */
    PEARSON,
    /** Both ordinal: the polychoric correlation (two-step, Olsson 1979). */
    POLYCHORIC,
    /** One ordinal, one continuous: the polyserial correlation (two-step, Olsson, Drasgow and Dorans 1982). */
    POLYSERIAL
}
