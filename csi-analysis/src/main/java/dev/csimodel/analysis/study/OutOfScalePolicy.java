package dev.csimodel.analysis.study;

/** What a study does with a cell outside its questionnaire scale. */
public enum OutOfScalePolicy {
    /** Stop with a {@link dev.csimodel.CsiDataException} naming row, column, value and scale (the default). */
    ERROR,
    /** Treat the cell as missing before the fit; the missing-data strategy then handles it. */
    MISSING
}
