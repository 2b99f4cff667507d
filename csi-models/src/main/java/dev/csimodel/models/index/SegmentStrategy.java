package dev.csimodel.models.index;

/** How the weights of segment indices are obtained. */
public enum SegmentStrategy {
    /**
     * One estimation on all respondents; each segment's index applies the pooled index
     * weights to the segment's own item means. This is the ACSI practice (Fornell et al. 1996):
     * indices of companies in one industry share one measurement model and stay comparable.
     */
    POOLED,
    /**
     * One estimation per segment; each index uses its segment's own weights. Needs enough
     * respondents per segment for a stable estimate.
     */
    SEPARATE
}
