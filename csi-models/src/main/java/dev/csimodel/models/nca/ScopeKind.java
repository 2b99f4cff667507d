package dev.csimodel.models.nca;

/**
 * Which rectangle the ceiling zone and the effect size are measured in (Dul 2016, section
 * "Effect size of a necessary condition": the scope is the area where cases can be expected).
 */
public enum ScopeKind {
    /** The observed minimum and maximum of X and Y: Dul's (2016) default and the NCA R package's. */
    EMPIRICAL,
    /**
     * The theoretical range of the 0-100 scores, [0, 100] × [0, 100], extended to any observed
     * value outside it (as the NCA package extends a given scope). The empty strips between the
     * observed and the theoretical bounds then count as ceiling zone, so d is larger.
     */
    THEORETICAL
}
