package dev.csimodel.analysis.rollup;

/** The levels of a CSI programme's hierarchy, from the surveyed company up to the nation. */
public enum Level {
    /** A surveyed company (a segment of the data). */
    COMPANY,
    /** An industry: the revenue-weighted mean of its companies. */
    INDUSTRY,
    /** An economic sector: the revenue-weighted mean of its industries. */
    SECTOR,
    /** The national score: the GDP-share-weighted mean of the sectors. */
    NATIONAL
}
