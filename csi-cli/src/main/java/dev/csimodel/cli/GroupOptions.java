package dev.csimodel.cli;

import picocli.CommandLine.Option;

/** Options to estimate the model on each group (segment) of the rows as well. */
final class GroupOptions {

    @Option(names = "--group", paramLabel = "COLUMN",
            description = "Also estimate the model on each group (segment) of this column, e.g. region.")
    String group;

    @Option(names = "--segment-weights", paramLabel = "separate|pooled",
            description = "With --group and --scale: segment indices from each segment's own estimate (separate, "
                    + "the default) or from the whole sample's weights applied to the segment's rows (pooled, as the ACSI).")
    SegmentWeights segmentWeights = SegmentWeights.SEPARATE;
}
