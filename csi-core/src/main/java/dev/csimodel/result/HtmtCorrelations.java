package dev.csimodel.result;

/**
 * Which indicator correlations the heterotrait-monotrait ratio averages. The two published
 * implementations disagree as soon as a pair of indicators correlates negatively (a weak or
 * reverse-keyed item), so every report names the choice.
 */
public enum HtmtCorrelations {
    /** Absolute values of the correlations, as seminr and SmartPLS compute HTMT: the default. */
    ABSOLUTE,
    /** The signed correlations, as cSEM 0.6.1 computes HTMT. */
    SIGNED
}
