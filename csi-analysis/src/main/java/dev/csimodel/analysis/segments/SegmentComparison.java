package dev.csimodel.analysis.segments;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.BootstrapStatistic;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndexBootstrap;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.SegmentStrategy;
import dev.csimodel.models.index.SkippedSegment;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One CSI model on the segments of a survey, side by side and compared.
 *
 * <p>{@link #sideBySide}: every segment estimated on its own rows: its size, its 0-100 indices
 * (Fornell et al. 1996; its own weights, or the whole sample's with
 * {@link SegmentStrategy#POOLED}), its paths and R², and with {@link ComparisonSettings#replicates()}
 * the percentile bootstrap of its paths and indices. A segment with too few rows or whose
 * estimate fails is listed as skipped.
 *
 * <p>{@link #compare}: the same, then for every pair of segments MICOM steps 1-3 and the
 * permutation tests of the path differences (Chin and Dibbern 2010, through
 * {@link dev.csimodel.groups.GroupComparison}) and of the index differences
 * ({@link IndexPermutation}). Every test of the comparison (all pairs, paths and indices) forms
 * one family whose p-values are Holm-adjusted (Holm 1979); a difference is significant when its
 * adjusted p-value is below α, and comparable where MICOM finds partial invariance. Every
 * segment must then be estimable.
 *
 * <p>Segments are in label order (String order). The same seed gives the same result for any
 * thread count. Stateless.
 */
public final class SegmentComparison {

    private SegmentComparison() {
    }

    /**
     * @param model        the bound path model
     * @param data         the rows of all segments, with the model's columns and no missing values
     * @param segmentOfRow the segment label of each data row
     * @param scales       the indicators' response scales, for the indices
     * @param settings     minimum size, strategy, replicates, seed, threads
     * @return every segment's estimate and the skipped segments; no tests
     * @throws CsiDataException naming the row without a segment label
     */
    public static SegmentComparisonResult sideBySide(PathModel model, DataTable data, List<String> segmentOfRow,
                                                     IndicatorScales scales, ComparisonSettings settings) {
        return run(model, data, segmentOfRow, Arguments.requireNonNull(scales, "scales"), settings, false);
    }

    /** As {@link #sideBySide(PathModel, DataTable, List, IndicatorScales, ComparisonSettings)}, without indices. */
    public static SegmentComparisonResult sideBySide(PathModel model, DataTable data, List<String> segmentOfRow,
                                                     ComparisonSettings settings) {
        return run(model, data, segmentOfRow, null, settings, false);
    }

    /**
     * @param model        the bound path model
     * @param data         the rows of all segments, with the model's columns and no missing values
     * @param segmentOfRow the segment label of each data row
     * @param scales       the indicators' response scales, for the indices and their tests
     * @param settings     permutations, α, strategy, replicates, seed, threads
     * @return every segment's estimate and the tests of every pair of segments
     * @throws CsiDataException          naming the segment with too few rows or whose estimate
     *                                   fails, or the row without a label
     * @throws CsiSpecificationException if there are fewer than two segments
     */
    public static SegmentComparisonResult compare(PathModel model, DataTable data, List<String> segmentOfRow,
                                                  IndicatorScales scales, ComparisonSettings settings) {
        return run(model, data, segmentOfRow, Arguments.requireNonNull(scales, "scales"), settings, true);
    }

    /** As {@link #compare(PathModel, DataTable, List, IndicatorScales, ComparisonSettings)}, paths only. */
    public static SegmentComparisonResult compare(PathModel model, DataTable data, List<String> segmentOfRow,
                                                  ComparisonSettings settings) {
        return run(model, data, segmentOfRow, null, settings, true);
    }

    private static SegmentComparisonResult run(PathModel model, DataTable data, List<String> segmentOfRow,
                                               IndicatorScales scales, ComparisonSettings settings, boolean test) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(segmentOfRow, "segmentOfRow");
        Arguments.requireNonNull(settings, "settings");
        if (settings.strategy() == SegmentStrategy.POOLED && settings.replicates() > 0) {
            throw new CsiSpecificationException("the per-segment bootstrap resamples each segment's own estimate; "
                    + "with pooled weights ask for no replicates");
        }
        Map<String, DataTable> tables = split(data, segmentOfRow);
        if (test && tables.size() < 2) {
            throw new CsiSpecificationException("a segment comparison needs at least two segments, got "
                    + tables.keySet());
        }
        PlsEstimator estimator = new PlsEstimator(settings.estimation());
        IndexRule rule = scales == null ? null
                : IndexRule.of(settings.strategy(), model, estimator, scales, data.select(model.indicators()));
        List<SegmentProfile> profiles = new ArrayList<>();
        List<SkippedSegment> skipped = new ArrayList<>();
        int ordinal = 0;
        for (Map.Entry<String, DataTable> e : tables.entrySet()) {
            Optional<SegmentProfile> p = profile(model, e.getKey(), e.getValue(), rule, scales, settings, ordinal++,
                    skipped);
            p.ifPresent(profiles::add);
        }
        if (test && !skipped.isEmpty()) {
            SkippedSegment s = skipped.get(0);
            throw new CsiDataException("segment '" + s.segment() + "' (" + s.size() + " rows) cannot be compared: "
                    + s.reason());
        }
        List<SegmentPair> pairs = test ? new PairTests(model, settings, rule).run(profiles, tables) : List.of();
        return new SegmentComparisonResult(settings, profiles, skipped, pairs, test);
    }

    /** @return the rows of each segment, in label order */
    private static Map<String, DataTable> split(DataTable data, List<String> segmentOfRow) {
        if (segmentOfRow.size() != data.rowCount()) {
            throw new CsiDataException("the data has " + data.rowCount() + " rows but " + segmentOfRow.size()
                    + " segment labels were given");
        }
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (int r = 0; r < segmentOfRow.size(); r++) {
            String label = segmentOfRow.get(r);
            if (label == null || label.isBlank()) {
                throw new CsiDataException("data row " + (r + 1) + " has no segment label");
            }
            rows.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
        }
        Map<String, DataTable> out = new TreeMap<>();
        rows.forEach((label, list) -> out.put(label, data.rows(list.stream().mapToInt(Integer::intValue).toArray())));
        return out;
    }

    private static Optional<SegmentProfile> profile(PathModel model, String label, DataTable rows, IndexRule rule,
                                                    IndicatorScales scales, ComparisonSettings settings, int ordinal,
                                                    List<SkippedSegment> skipped) {
        int n = rows.rowCount();
        if (n < settings.minimumSize()) {
            skipped.add(new SkippedSegment(label, n, "fewer rows (" + n + ") than the minimum segment size "
                    + settings.minimumSize()));
            return Optional.empty();
        }
        try {
            PlsResult fit = new PlsEstimator(settings.estimation()).estimate(model, rows);
            Optional<CsiIndex> index = rule == null ? Optional.empty() : Optional.of(rule.index(fit, rows));
            Optional<BootstrapResult> boot = settings.replicates() == 0 ? Optional.empty()
                    : Optional.of(bootstrap(model, rows, scales, settings, ordinal));
            return Optional.of(new SegmentProfile(label, n, fit, index, boot));
        } catch (CsiException e) {
            skipped.add(new SkippedSegment(label, n, e.getMessage()));
            return Optional.empty();
        }
    }

    /** Segment g's replicates draw from a seed of their own, so adding a segment leaves the others' unchanged. */
    private static BootstrapResult bootstrap(PathModel model, DataTable rows, IndicatorScales scales,
                                             ComparisonSettings settings, int ordinal) {
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(settings.replicates())
                .withSeed(settings.seed() + 0x9E3779B97F4A7C15L * (ordinal + 1)).withThreads(settings.threads())
                .withConfidenceLevel(settings.confidenceLevel()).withIntervals(IntervalMethod.PERCENTILE);
        List<BootstrapStatistic> statistics = scales == null ? List.of()
                : List.of(IndexBootstrap.statistic(model, scales));
        return new Bootstrap(new PlsEstimator(settings.estimation()), bs, statistics).run(model, rows);
    }
}
