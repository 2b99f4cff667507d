package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.Arguments;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 0-100 indices of every segment (company, store, brand...) of a survey, with the segment
 * sizes; segments that could not get an index are listed with the reason instead of failing
 * the whole call. Immutable.
 *
 * <p>{@link SegmentStrategy#POOLED}: one estimation on all rows, then per segment
 * {@code index_g = Σ v_i (x̄_ig − min_i) / (max_i − min_i) · 100} with the pooled index weights
 * {@code v_i} and the segment's means {@code x̄_ig} (Fornell et al. 1996).
 * {@link SegmentStrategy#SEPARATE}: one estimation per segment, whose own weights give its
 * index; a segment whose estimation fails (constant item, non-positive weight, no
 * convergence) is skipped with the error as reason.
 */
public final class SegmentIndices {

    private final SegmentStrategy strategy;
    private final List<SegmentIndex> segments;
    private final List<SkippedSegment> skipped;
    private final CsiIndex pooled;

    private SegmentIndices(SegmentStrategy strategy, List<SegmentIndex> segments, List<SkippedSegment> skipped,
                           CsiIndex pooled) {
        this.strategy = strategy;
        this.segments = List.copyOf(segments);
        this.skipped = List.copyOf(skipped);
        this.pooled = pooled;
    }

    /**
     * Computes the index of every segment.
     *
     * @param model        the bound path model
     * @param data         all respondents, with the model's columns (and the segment column)
     * @param segmentation how rows are split into segments
     * @param scales       the indicators' response scales
     * @param settings     strategy, minimum segment size and PLS settings
     * @throws CsiDataException naming indicator and row of a value outside its scale, or the
     *                          row of a bad segment code
     * @throws CsiEstimationException if the pooled estimation fails or a pooled weight is not
     *                                positive (no segment could then get an index)
     * @return the pooled index and the index of every segment large enough
     */
    public static SegmentIndices compute(PathModel model, DataTable data, Segmentation segmentation,
                                         IndicatorScales scales, SegmentSettings settings) {
        ScaleCheck.requireWithin(data, model.indicators(), scales);
        List<Segmentation.Group> groups = segmentation.split(data);
        PlsEstimator estimator = new PlsEstimator(settings.estimation());
        List<SegmentIndex> done = new ArrayList<>();
        List<SkippedSegment> skipped = new ArrayList<>();
        PlsResult pooledFit = null;
        IndexWeights pooledWeights = null;
        CsiIndex overall = null;
        if (settings.strategy() == SegmentStrategy.POOLED) {
            pooledFit = estimator.estimate(model, data);
            pooledWeights = IndexWeights.of(pooledFit, scales);
            overall = CsiIndex.of(pooledWeights, data);
        }
        for (Segmentation.Group g : groups) {
            int n = g.rows().length;
            if (n < settings.minimumSize()) {
                skipped.add(tooSmall(g.label(), n, settings.minimumSize()));
                continue;
            }
            DataTable rows = data.rows(g.rows());
            if (pooledWeights != null) {
                done.add(new SegmentIndex(g.label(), n, CsiIndex.of(pooledWeights, rows), pooledFit));
            } else {
                separate(model, rows, g.label(), scales, estimator, done, skipped);
            }
        }
        return new SegmentIndices(settings.strategy(), done, skipped, overall);
    }

    /**
     * The index of every segment from its moments alone (each segment reduced to a
     * {@link MomentAccumulator} in one pass, e.g. by the Spark job): the pooled strategy
     * estimates the model on the merged moments of all segments (Chan et al. 1979) and applies its
     * index weights to each segment's means ({@link CsiIndex#of(IndexWeights, Moments)}); the
     * separate strategy estimates each segment on its own moments. Equal to
     * {@link #compute(PathModel, DataTable, Segmentation, IndicatorScales, SegmentSettings)} on the
     * same rows, up to rounding; the segment indices carry no respondent scores.
     *
     * @param model    the bound path model
     * @param segments each segment's accumulator over the model's indicators (not modified), in
     *                 segment order
     * @param scales   the indicators' response scales
     * @param settings strategy, minimum segment size and PLS settings
     * @return the pooled index (pooled strategy) and the index of every segment large enough
     * @throws CsiDataException naming the indicator whose values leave its scale
     * @throws CsiEstimationException if the pooled estimation fails or a pooled weight is not positive
     */
    public static SegmentIndices compute(PathModel model, Map<String, MomentAccumulator> segments,
                                         IndicatorScales scales, SegmentSettings settings) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(segments, "segments");
        Arguments.requireNonNull(scales, "scales");
        Arguments.requireNonNull(settings, "settings");
        PlsEstimator estimator = new PlsEstimator(settings.estimation());
        PlsResult pooledFit = null;
        IndexWeights pooledWeights = null;
        if (settings.strategy() == SegmentStrategy.POOLED) {
            pooledFit = estimator.estimate(model, pooledMoments(model, segments));
            pooledWeights = IndexWeights.of(pooledFit, scales);
        }
        List<SegmentIndex> done = new ArrayList<>();
        List<SkippedSegment> skipped = new ArrayList<>();
        for (Map.Entry<String, MomentAccumulator> e : segments.entrySet()) {
            String label = e.getKey();
            int n = Math.toIntExact(e.getValue().rowCount());
            if (n < settings.minimumSize()) {
                skipped.add(tooSmall(label, n, settings.minimumSize()));
            } else if (pooledWeights != null) {
                done.add(new SegmentIndex(label, n, CsiIndex.of(pooledWeights, e.getValue().toMoments()), pooledFit));
            } else {
                separate(model, e.getValue(), label, scales, estimator, done, skipped);
            }
        }
        return new SegmentIndices(settings.strategy(), done, skipped,
                pooledFit == null ? null : CsiIndex.of(pooledFit, scales));
    }

    private static Moments pooledMoments(PathModel model, Map<String, MomentAccumulator> segments) {
        MomentAccumulator pooled = MomentAccumulator.of(model.indicators());
        for (MomentAccumulator acc : segments.values()) {
            pooled.merge(acc);
        }
        return pooled.toMoments();
    }

    private static SkippedSegment tooSmall(String label, int n, int minimum) {
        return new SkippedSegment(label, n, n == 0 ? "no respondents"
                : "fewer respondents (" + n + ") than the minimum segment size " + minimum);
    }

    private static void separate(PathModel model, MomentAccumulator acc, String label, IndicatorScales scales,
                                 PlsEstimator estimator, List<SegmentIndex> done, List<SkippedSegment> skipped) {
        int n = Math.toIntExact(acc.rowCount());
        try {
            PlsResult fit = estimator.estimate(model, acc.toMoments());
            if (!fit.converged()) {
                skipped.add(new SkippedSegment(label, n, "the estimation did not converge in "
                        + fit.iterations() + " iterations"));
                return;
            }
            done.add(new SegmentIndex(label, n, CsiIndex.of(fit, scales), fit));
        } catch (CsiDataException | CsiEstimationException e) {
            skipped.add(new SkippedSegment(label, n, e.getMessage()));
        }
    }

    private static void separate(PathModel model, DataTable rows, String label, IndicatorScales scales,
                                 PlsEstimator estimator, List<SegmentIndex> done, List<SkippedSegment> skipped) {
        int n = rows.rowCount();
        try {
            PlsResult fit = estimator.estimate(model, rows);
            if (!fit.converged()) {
                skipped.add(new SkippedSegment(label, n, "the estimation did not converge in "
                        + fit.iterations() + " iterations"));
                return;
            }
            done.add(new SegmentIndex(label, n, CsiIndex.of(IndexWeights.of(fit, scales), rows), fit));
        } catch (CsiDataException | CsiEstimationException e) {
            skipped.add(new SkippedSegment(label, n, e.getMessage()));
        }
    }

    /** @return the strategy used */
    public SegmentStrategy strategy() {
        return strategy;
    }

    /** @return the segments with an index, in segment order */
    public List<SegmentIndex> segments() {
        return segments;
    }

    /** @return the segments without an index, with the reason, in segment order */
    public List<SkippedSegment> skipped() {
        return skipped;
    }

    /**
     * @return the segment labelled {@code label}, if it has an index
     * @param label the segment's label
     */
    public Optional<SegmentIndex> segment(String label) {
        return segments.stream().filter(s -> s.segment().equals(label)).findFirst();
    }

    /** @return for the pooled strategy, the index of all respondents together */
    public Optional<CsiIndex> pooled() {
        return Optional.ofNullable(pooled);
    }
}
