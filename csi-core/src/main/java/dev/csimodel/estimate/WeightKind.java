package dev.csimodel.estimate;

/** How a weight column is read (see {@link DataHandling}). */
public enum WeightKind {
    /** Survey sampling weights: rescaled to sum to the number of rows; n is the row count. */
    SAMPLING,
    /** Frequency weights: a row of weight k counts as k copies; n is the sum of the weights. */
    FREQUENCY
}
