package dev.csimodel.models.loyalty;

/** Answer to "would you recommend us to others?" on a three-point verbal scale. */
public enum RecommendationLikelihood {
    /** Would very likely recommend. */
    VERY_LIKELY,
    /** Might recommend. */
    POSSIBLE,
    /** Would probably not recommend. */
    UNLIKELY
}
