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

    @Option(names = "--compare-groups",
            description = "With --group: compare the segments pairwise: MICOM, then permutation tests of every path and"
                    + " (with --scale) every 0-100 index difference, p-values Holm-adjusted over all the tests.")
    boolean compareGroups;

    @Option(names = "--permutations", paramLabel = "N",
            description = "With --compare-groups: permutations per pair of segments (default: 1000; at least 19).")
    Integer permutations;

    @Option(names = "--group-bootstrap", paramLabel = "N",
            description = "With --group: N bootstrap resamples of each segment's own rows, for percentile intervals of"
                    + " its paths and indices in the side-by-side table (separate segment weights only).")
    Integer groupBootstrap;

    /** Default permutations per pair of segments (Chin and Dibbern 2010 use 1,000). */
    static final int DEFAULT_PERMUTATIONS = 1000;

    /** @return the permutations per pair asked for, 1,000 by default */
    int permutationCount() {
        return permutations == null ? DEFAULT_PERMUTATIONS : permutations;
    }

    /** @return the bootstrap resamples per segment asked for, 0 for none */
    int segmentResamples() {
        return groupBootstrap == null ? 0 : groupBootstrap;
    }

    /** @return true if the segments are resampled (permutations or bootstrap), which uses {@code --threads} */
    boolean resampled() {
        return compareGroups || groupBootstrap != null;
    }

    /** @return the segment weights asked for, separate by default */
    SegmentWeights weights() {
        return segmentWeights == null ? SegmentWeights.SEPARATE : segmentWeights;
    }

    /** @throws CsiSpecificationException if {@code --segment-weights} is given without {@code --group} */
    void validate() {
        if (mga && group == null) {
            throw new CsiSpecificationException("--mga compares groups; add --group COLUMN or drop it");
        }
        if (compareGroups && group == null) {
            throw new CsiSpecificationException("--compare-groups compares the segments of a column; add --group COLUMN"
                    + " or drop it");
        }
        if (permutations != null && !compareGroups) {
            throw new CsiSpecificationException("--permutations applies only to --compare-groups; add it or drop"
                    + " --permutations");
        }
        if (permutations != null && (permutations < 19 || permutations > BootstrapOptions.MAX_RESAMPLES)) {
            throw new CsiSpecificationException("--permutations " + permutations + ": must be between 19 (a test at 5%)"
                    + " and " + BootstrapOptions.MAX_RESAMPLES);
        }
        if (groupBootstrap != null && group == null) {
            throw new CsiSpecificationException("--group-bootstrap resamples each segment; add --group COLUMN or drop it");
        }
        if (groupBootstrap != null && (groupBootstrap < 2 || groupBootstrap > BootstrapOptions.MAX_RESAMPLES)) {
            throw new CsiSpecificationException("--group-bootstrap " + groupBootstrap + ": the number of resamples must"
                    + " be between 2 and " + BootstrapOptions.MAX_RESAMPLES);
        }
        if (groupBootstrap != null && segmentWeights == SegmentWeights.POOLED) {
            throw new CsiSpecificationException("--group-bootstrap resamples each segment's own estimate; it cannot be"
                    + " combined with --segment-weights pooled");
        }
        if (segmentWeights != null && group == null) {
            throw new CsiSpecificationException("--segment-weights applies only to segments; add --group COLUMN or drop it");
        }
    }
}
