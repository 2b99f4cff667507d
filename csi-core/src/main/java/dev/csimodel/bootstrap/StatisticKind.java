package dev.csimodel.bootstrap;

/** The kinds of statistic a bootstrap run reports. */
public enum StatisticKind {
    /** Outer weight of an indicator ({@link dev.csimodel.result.PlsResult#outerWeight}). */
    OUTER_WEIGHT,
    /** Loading of an indicator on its construct ({@link dev.csimodel.result.PlsResult#loading}). */
    LOADING,
    /** Path coefficient of a structural path. */
    PATH,
    /** Total effect of one construct on another it reaches ({@link dev.csimodel.result.Effect#total}). */
    TOTAL_EFFECT,
    /** R² of an endogenous construct. */
    R_SQUARED,
    /** Heterotrait-monotrait ratio of two constructs ({@link dev.csimodel.result.QualityCriteria#htmt}). */
    HTMT,
    /**
     * Specific indirect effect along one mediated route
     * ({@link dev.csimodel.result.PlsResult#specificIndirect}).
     */
    SPECIFIC_INDIRECT,
    /** A value computed by a {@link BootstrapStatistic}. */
    CUSTOM
}
