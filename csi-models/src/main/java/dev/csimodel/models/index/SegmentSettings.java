package dev.csimodel.models.index;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;

/**
 * Settings of segment indices.
 *
 * @param strategy    pooled weights or one estimation per segment
 * @param minimumSize segments with fewer respondents are reported as skipped, at least 1
 * @param estimation  the PLS settings of every estimation
 */
public record SegmentSettings(SegmentStrategy strategy, int minimumSize, PlsSettings estimation) {

    /**
     * Requires a strategy and estimation settings and a minimum size of at least 1.
     * @param strategy pooled weights or one estimation per segment
     * @param minimumSize segments with fewer respondents are reported as skipped, at least 1
     * @param estimation the PLS settings of every estimation
     */
    public SegmentSettings {
        if (strategy == null || estimation == null) {
            throw new CsiSpecificationException("the segment strategy and the estimation settings must be given");
        }
        if (minimumSize < 1) {
            throw new CsiSpecificationException("the minimum segment size must be at least 1, got " + minimumSize);
        }
    }

    /** @return pooled weights, every non-empty segment reported, default PLS settings */
    public static SegmentSettings pooled() {
        return new SegmentSettings(SegmentStrategy.POOLED, 1, PlsSettings.defaults());
    }

    /**
     * @return one estimation per segment with at least {@code minimumSize} respondents, default
     *         PLS settings; see {@link #tenTimesRule(PathModel)} for a common choice
     * @param minimumSize segments with fewer respondents are reported as skipped, at least 1
     */
    public static SegmentSettings separate(int minimumSize) {
        return new SegmentSettings(SegmentStrategy.SEPARATE, minimumSize, PlsSettings.defaults());
    }

    /**
     * The "ten times rule" of thumb for the least sample size of a PLS estimation (Barclay,
     * Higgins and Thompson 1995): ten times the largest number of arrows pointing at one
     * construct, i.e. the larger of the most structural predecessors and the largest Mode B
     * block. A floor, not a guarantee of power (Hair et al. 2017, ch. 1).
     * @param model the path model
     * @return ten times the largest number of arrows pointing at one construct
     */
    public static int tenTimesRule(PathModel model) {
        int most = 1;
        for (Construct c : model.constructs()) {
            most = Math.max(most, model.predecessors(c.name()).size());
            if (c.mode() == OuterMode.B) {
                most = Math.max(most, c.size());
            }
        }
        return 10 * most;
    }

    /**
     * @return these settings with strategy {@code value}
     * @param value how segment indices are computed
     */
    public SegmentSettings withStrategy(SegmentStrategy value) {
        return new SegmentSettings(value, minimumSize, estimation);
    }

    /**
     * @return these settings with minimum segment size {@code value}
     * @param value the least number of respondents of a reported segment, at least 1
     */
    public SegmentSettings withMinimumSize(int value) {
        return new SegmentSettings(strategy, value, estimation);
    }

    /**
     * @return these settings with PLS settings {@code value}
     * @param value the PLS settings of every estimation
     */
    public SegmentSettings withEstimation(PlsSettings value) {
        return new SegmentSettings(strategy, minimumSize, value);
    }
}
