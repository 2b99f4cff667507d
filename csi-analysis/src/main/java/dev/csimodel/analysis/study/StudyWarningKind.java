package dev.csimodel.analysis.study;

/** The closed set of warnings a study can raise beside the estimator's own diagnostics. */
public enum StudyWarningKind {
    /** A construct has no 0-100 index (e.g. an outer weight is not positive). */
    INDEX_UNDEFINED,
    /** Frequency weights that do not sum to the number of rows used: n is then their sum. */
    WEIGHTS_NOT_ROW_COUNT,
    /** An indicator value that looks like an unrecoded missing-value code. */
    SUSPECT_MISSING_CODE,
    /** Cells outside the scale treated as missing ({@link OutOfScalePolicy#MISSING}). */
    OUT_OF_SCALE,
    /** The necessary condition analysis could not be made. */
    NCA_SKIPPED,
    /** More than 5% of the bootstrap attempts could not be used. */
    BOOTSTRAP_FAILURES,
    /** The bootstrap multi-group tests could not be run. */
    MGA_SKIPPED
}
