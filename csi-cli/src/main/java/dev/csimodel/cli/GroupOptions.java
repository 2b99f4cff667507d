package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import picocli.CommandLine.Option;

/** Options to estimate the model on each group (segment) of the rows as well. */
final class GroupOptions {

    @Option(names = "--group", paramLabel = "COLUMN",
            description = "Also estimate the model on each group (segment) of this column, e.g. region.")
    String group;

    @Option(names = "--segment-weights", paramLabel = "separate|pooled",
            description = "With --group and --scale: segment indices from each segment's own estimate (separate, "
                    + "the default) or from the whole sample's weights applied to the segment's rows (pooled, as the ACSI).")
    SegmentWeights segmentWeights;

    @Option(names = "--mga",
            description = "With --group and --bootstrap N: bootstrap multi-group tests of every path for every pair of "
                    + "groups (Henseler's PLS-MGA, parametric and Welch-Satterthwaite t tests), N resamples per group.")
    boolean mga;

    /** @return the segment weights asked for, separate by default */
    SegmentWeights weights() {
        return segmentWeights == null ? SegmentWeights.SEPARATE : segmentWeights;
    }

    /** @throws CsiSpecificationException if {@code --segment-weights} is given without {@code --group} */
    void validate() {
        if (mga && group == null) {
            throw new CsiSpecificationException("--mga compares groups; add --group COLUMN or drop it");
        }
        if (segmentWeights != null && group == null) {
            throw new CsiSpecificationException("--segment-weights applies only to segments; add --group COLUMN or drop it");
        }
    }
}
