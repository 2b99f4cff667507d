package dev.csimodel.segmentation.rebus;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;

/**
 * Settings of REBUS-PLS. Immutable; change one setting with a wither:
 * {@code RebusSettings.defaults().withSegments(3)}.
 *
 * @param segments      the number of classes K cut from the dendrogram, at least 2 (plspm's
 *                      {@code nk}); default 2
 * @param stopCriterion the iteration stops when the share of units that change class falls
 *                      below it, in [0, 1); default 0.005 (plspm's {@code stop.crit}, "less than
 *                      0.5% of the units change class")
 * @param maxIterations the iteration stops after this many reassignments, at least 1; default
 *                      100 (plspm's {@code iter.max})
 * @param estimation    the PLS settings of the global and of every local model; they must keep
 *                      the indicators standardised (plspm refuses {@code scaled = FALSE}) and
 *                      plain PLS (REBUS's residuals need the composites' own loadings); default
 *                      {@link PlsSettings#defaults()}
 */
public record RebusSettings(int segments, double stopCriterion, int maxIterations, PlsSettings estimation) {

    private static final RebusSettings DEFAULTS = new RebusSettings(2, 0.005, 100, PlsSettings.defaults());

    /**
     * Checks the components.
     *
     * @param segments the number of classes K, at least 2; default 2
     * @param stopCriterion the share of units changing class below which the iteration stops,
     * in [0, 1); default 0.005
     * @param maxIterations the most reassignments, at least 1; default 100
     * @param estimation the PLS settings: standardised, not consistent; default
     * {@link PlsSettings#defaults()}
     * @throws CsiSpecificationException naming the setting that is out of range
     */
    public RebusSettings {
        Arguments.requireNonNull(estimation, "estimation");
        if (segments < 2) {
            throw new CsiSpecificationException("REBUS needs at least 2 segments (K), got " + segments);
        }
        if (!(stopCriterion >= 0 && stopCriterion < 1)) {
            throw new CsiSpecificationException("the REBUS stop criterion must lie in [0, 1), got " + stopCriterion);
        }
        if (maxIterations < 1) {
            throw new CsiSpecificationException("REBUS maxIterations must be at least 1, got " + maxIterations);
        }
        if (estimation.scaling() != Scaling.STANDARDISED) {
            throw new CsiSpecificationException("REBUS works on standardised indicators (plspm's scaled = TRUE), "
                    + "got scaling " + estimation.scaling());
        }
        if (estimation.consistent()) {
            throw new CsiSpecificationException("REBUS needs plain PLS estimates (its residuals use the composites' "
                    + "loadings), not consistent PLS");
        }
    }

    /** @return K = 2, stop criterion 0.005, 100 iterations, default PLS settings (plspm's defaults) */
    public static RebusSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @param value the new number of classes K, at least 2
     * @return a copy with {@code segments} replaced
     */
    public RebusSettings withSegments(int value) {
        return new RebusSettings(value, stopCriterion, maxIterations, estimation);
    }

    /**
     * @param value the new stop criterion, in [0, 1)
     * @return a copy with {@code stopCriterion} replaced
     */
    public RebusSettings withStopCriterion(double value) {
        return new RebusSettings(segments, value, maxIterations, estimation);
    }

    /**
     * @param value the new maximum number of reassignments, at least 1
     * @return a copy with {@code maxIterations} replaced
     */
    public RebusSettings withMaxIterations(int value) {
        return new RebusSettings(segments, stopCriterion, value, estimation);
    }

    /**
     * @param value the new PLS settings (standardised, not consistent)
     * @return a copy with {@code estimation} replaced
     */
    public RebusSettings withEstimation(PlsSettings value) {
        return new RebusSettings(segments, stopCriterion, maxIterations, value);
    }
}
