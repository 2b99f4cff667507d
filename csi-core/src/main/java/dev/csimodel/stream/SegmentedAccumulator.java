package dev.csimodel.stream;

import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.spec.PathModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@link MomentAccumulator} per segment (shop, brand, region...), fed row by row with the
 * row's segment key, so that one pass over the data yields one model estimate per segment
 * ({@link #estimate}). Memory is proportional to the number of segments, not of rows: each
 * segment holds p means, a p x p cross-product and one chunk buffer
 * ({@value #DEFAULT_CHUNK_ROWS} rows unless told otherwise, smaller than a single accumulator's
 * because many are alive at once).
 *
 * <p>Segments keep the order in which their first row arrived. Not thread-safe; merge
 * per-thread instances with {@link #merge}. Serializable if the keys are.
 *
 * @param <K> the segment key type (needs equals/hashCode)
 */
public final class SegmentedAccumulator<K> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Rows buffered per segment before reduction: 128 x 28 doubles = 28 KiB per segment. */
    public static final int DEFAULT_CHUNK_ROWS = 128;

    /**
     * The accumulator each new segment starts as a copy of.
     */
    private final MomentAccumulator template;
    /**
     * The segments, in order of first appearance.
     */
    private final LinkedHashMap<K, MomentAccumulator> segments = new LinkedHashMap<>();

    private SegmentedAccumulator(MomentAccumulator template) {
        this.template = template.emptyCopy();
    }

    /**
     * @return segments that reject rows with missing values, with the default chunk size
     * @param <K> the segment key's type
     * @param columns the indicator names, in the order of each row's values
     */
    public static <K> SegmentedAccumulator<K> of(List<String> columns) {
        return new SegmentedAccumulator<>(MomentAccumulator.of(columns, DEFAULT_CHUNK_ROWS));
    }

    /**
     * @param template each new segment starts as {@code template.emptyCopy()}: its columns,
     *                 chunk size and missing-value rule apply to every segment
     * @param <K> the segment key's type
     * @return an empty accumulator
     */
    public static <K> SegmentedAccumulator<K> like(MomentAccumulator template) {
        return new SegmentedAccumulator<>(template);
    }

    /**
     * Adds a row to the segment {@code key} (created on its first row).
     *
     * @throws CsiDataException if the key is null or the row is bad (see
     *                          {@link MomentAccumulator#add(double[], double)}); the row number
     *                          in the message counts the rows of that segment
     * @param key the row's segment
     * @param row one value per column; not retained
     */
    public void add(K key, double[] row) {
        add(key, row, 1.0);
    }

    /**
     * Adds a weighted row to the segment {@code key}.
     * @param key the row's segment
     * @param row one value per column; not retained
     * @param weight the row's weight, finite and non-negative
     */
    public void add(K key, double[] row, double weight) {
        if (key == null) {
            throw new CsiDataException("segment key of a row is missing (null)");
        }
        segments.computeIfAbsent(key, k -> template.emptyCopy()).add(row, weight);
    }

    /**
     * Merges every segment of {@code other} into the segment of the same key here. Returns this.
     *
     * @throws CsiSpecificationException if the columns differ
     * @param other an accumulator over the same columns; its segments are merged key by key
     * @return this accumulator
     */
    public SegmentedAccumulator<K> merge(SegmentedAccumulator<K> other) {
        if (!other.template.columns().equals(template.columns())) {
            throw new CsiSpecificationException("cannot merge segments over columns " + other.template.columns()
                    + " into segments over columns " + template.columns());
        }
        other.segments.forEach((k, acc) -> segments.computeIfAbsent(k, x -> template.emptyCopy()).merge(acc));
        return this;
    }

    /** @return the segment keys, in order of first appearance */
    public Set<K> segments() {
        return Collections.unmodifiableSet(segments.keySet());
    }

    /**
     * @return the accumulator of segment {@code key} (live: further rows change it)
     * @param key a segment key
     */
    public MomentAccumulator segment(K key) {
        MomentAccumulator acc = segments.get(key);
        if (acc == null) {
            throw new CsiDataException("no rows for segment '" + key + "'; segments are " + segments.keySet());
        }
        return acc;
    }

    /** @return a read-only view of the accumulators by segment */
    public Map<K, MomentAccumulator> accumulators() {
        return Collections.unmodifiableMap(segments);
    }

    /** @return the column names */
    public List<String> columns() {
        return template.columns();
    }

    /**
     * Estimates {@code model} on every segment (see {@link SegmentEstimation#estimate}); segments
     * that are too small or fail are reported in their {@link SegmentResult}, not thrown.
     *
     * @return one result per segment, in order of first appearance
     * @throws CsiSpecificationException if the columns lack an indicator of the model
     * @param model the path model estimated in every segment
     * @param estimator the PLS estimator
     */
    public List<SegmentResult<K>> estimate(PathModel model, PlsEstimator estimator) {
        SegmentEstimation.requireIndicators(model, template);
        List<SegmentResult<K>> out = new ArrayList<>(segments.size());
        segments.forEach((k, acc) -> out.add(SegmentEstimation.estimate(model, estimator, k, acc)));
        return List.copyOf(out);
    }
}
