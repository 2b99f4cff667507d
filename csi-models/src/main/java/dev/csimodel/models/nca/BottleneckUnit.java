package dev.csimodel.models.nca;

/**
 * How the levels of a bottleneck table are expressed (the NCA R package's {@code bottleneck.x}
 * and {@code bottleneck.y} options {@code 'percentage.range'} and {@code 'actual'}).
 */
public enum BottleneckUnit {
    /** Percent of the scope's range: {@code 100 · (v − low) / (high − low)}; the NCA package's default. */
    PERCENTAGE_OF_RANGE,
    /** The value itself, here on the 0-100 score scale. */
    ACTUAL
}
