package dev.csimodel.cli;

/** What {@code --out-of-scale} does with a cell outside the declared {@code --scale}. */
enum OutOfScale {
    /** Exit 2 naming row, column, value and scale (the default). */
    ERROR,
    /** Treat the cell as missing before the fit; the chosen missing-value strategy handles it. */
    MISSING
}
