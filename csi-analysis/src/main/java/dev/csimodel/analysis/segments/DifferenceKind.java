package dev.csimodel.analysis.segments;

/** What a {@link SegmentDifference} compares between two segments. */
public enum DifferenceKind {
    /** A path coefficient {@code from -> to}. */
    PATH,
    /** The 0-100 index of a construct. */
    INDEX
}
