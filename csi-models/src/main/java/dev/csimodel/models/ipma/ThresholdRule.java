package dev.csimodel.models.ipma;

/** How the dividing line of one axis of the importance-performance map is placed. */
public enum ThresholdRule {
    /** The mean of the drivers' values (the usual default). */
    MEAN,
    /** The median of the drivers' values, robust to one dominant driver. */
    MEDIAN,
    /** A value given by the user (e.g. a performance target of 75). */
    GIVEN
}
