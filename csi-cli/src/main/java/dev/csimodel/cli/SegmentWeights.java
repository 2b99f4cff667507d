package dev.csimodel.cli;

import java.util.Locale;

/** Whose outer weights a segment's 0-100 index uses. */
enum SegmentWeights {
    /** The segment's own estimate: indices reflect how the segment itself weighs its items. */
    SEPARATE,
    /**
     * The whole sample's estimate applied to the segment's rows, as the ACSI compares companies
     * and sectors (Fornell et al. 1996): differences between segments then come from the
     * answers only, not from different weights.
     */
    POOLED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
