package dev.csimodel.report;

import dev.csimodel.analysis.segments.ComparisonSettings;
import dev.csimodel.analysis.segments.DifferenceKind;
import dev.csimodel.analysis.segments.SegmentComparisonResult;
import dev.csimodel.analysis.segments.SegmentDifference;
import dev.csimodel.analysis.segments.SegmentPair;
import dev.csimodel.analysis.segments.SegmentProfile;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.groups.CompositeEquality;
import dev.csimodel.groups.CompositionalInvariance;
import dev.csimodel.groups.MicomResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.csimodel.report.ReportBuilder.number;

/**
 * The segments of {@code --group} side by side and, with {@code --compare-groups}, compared
 * ({@link dev.csimodel.analysis.segments.SegmentComparison}). Documented in docs/json-report.md.
 *
 * @param strategy        whose weights the indices use: separate or pooled
 * @param replicates      bootstrap replicates per segment ({@code --group-bootstrap}); null without
 * @param confidenceLevel level of the bootstrap intervals; null without a bootstrap
 * @param segments        the estimated segments, in label order
 * @param skipped         the segments without an estimate, with the reason
 * @param tests           the pairwise tests; null without {@code --compare-groups}
 */
public record SegmentComparisonEntry(String strategy, Integer replicates, Double confidenceLevel,
                                     List<SegmentColumn> segments, List<SkippedEntry> skipped, TestsEntry tests) {

    /**
     * One segment's own estimate.
     *
     * @param segment      the label
     * @param observations its rows
     * @param indices      the 0-100 index of every construct (model order), with its percentile
     *                     interval when bootstrapped; empty without {@code --scale}
     * @param paths        every path in declaration order, with its interval when bootstrapped
     * @param rSquared     the R² of every endogenous construct, model order
     */
    public record SegmentColumn(String segment, int observations, List<IndexValue> indices, List<PathValue> paths,
                                List<RSquaredValue> rSquared) {
    }

    /**
     * @param construct the construct
     * @param index its index (null if undefined)
     * @param lower the lower end of its bootstrap interval; null without a bootstrap
     * @param upper the upper end of its bootstrap interval; null without a bootstrap
     */
    public record IndexValue(String construct, Double index, Double lower, Double upper) {
    }

    /**
     * @param from predecessor
     * @param to dependent
     * @param estimate coefficient
     * @param lower the lower end of its bootstrap interval; null without a bootstrap
     * @param upper the upper end of its bootstrap interval; null without a bootstrap
     */
    public record PathValue(String from, String to, double estimate, Double lower, Double upper) {
    }

    /**
     * @param construct an endogenous construct
     * @param value its R²
     */
    public record RSquaredValue(String construct, double value) {
    }

    /**
     * @param segment the label
     * @param rows its rows
     * @param reason why it has no estimate
     */
    public record SkippedEntry(String segment, int rows, String reason) {
    }

    /**
     * @param permutations per pair
     * @param seed         the seed
     * @param alpha        level of the tests and MICOM
     * @param adjustment   always "holm": over every difference of every pair
     * @param pairs        every pair, a before b in label order
     */
    public record TestsEntry(int permutations, long seed, double alpha, String adjustment, List<PairEntry> pairs) {
    }

    /**
     * @param segmentA first
     * @param segmentB second (differences are A − B)
     * @param micom per construct
     * @param differences paths then indices
     */
    public record PairEntry(String segmentA, String segmentB, List<MicomEntry> micom,
                            List<DifferenceEntry> differences) {
    }

    /**
     * MICOM of one construct for one pair (Henseler, Ringle and Sarstedt 2016).
     *
     * @param construct       the composite
     * @param configural      step 1 established
     * @param c               step 2: correlation of the composites built with both segments' weights
     * @param cQuantile       its α-quantile under permutation
     * @param compositional   step 2 holds ({@code c ≥ cQuantile})
     * @param meanDifference  step 3a: difference of pooled composite means
     * @param equalMeans      step 3a holds
     * @param logVarianceRatio step 3b: log ratio of the variances
     * @param equalVariances  step 3b holds
     * @param invariance      "full", "partial" or "none"
     */
    public record MicomEntry(String construct, boolean configural, double c, double cQuantile, boolean compositional,
                             double meanDifference, boolean equalMeans, double logVarianceRatio,
                             boolean equalVariances, String invariance) {
    }

    /**
     * @param kind           "path" or "index"
     * @param from           the path's predecessor; null for an index
     * @param construct      the path's dependent construct, or the indexed construct
     * @param valueA         value in segment A
     * @param valueB         value in segment B
     * @param difference     A − B
     * @param pValue         permutation p-value (null when withheld)
     * @param adjustedPValue Holm-adjusted p-value
     * @param comparable     MICOM partial invariance of the construct(s)
     * @param significant    adjusted p-value below α
     */
    public record DifferenceEntry(String kind, String from, String construct, double valueA, double valueB,
                                  double difference, Double pValue, Double adjustedPValue, boolean comparable,
                                  boolean significant) {
    }

    /**
     * @param model the path model (paths in declaration order)
     * @param r the segments side by side and their tests
     * @return the entry of a comparison of {@code model}'s segments
     */
    public static SegmentComparisonEntry of(PathModel model, SegmentComparisonResult r) {
        ComparisonSettings s = r.settings();
        boolean boot = s.replicates() > 0;
        List<SegmentColumn> columns = r.segments().stream().map(p -> column(model, p)).toList();
        List<SkippedEntry> skipped = r.skipped().stream()
                .map(k -> new SkippedEntry(k.segment(), k.size(), k.reason())).toList();
        TestsEntry tests = r.tested() ? new TestsEntry(s.permutations(), s.seed(), s.alpha(), "holm",
                r.pairs().stream().map(p -> pair(model, p)).toList()) : null;
        return new SegmentComparisonEntry(s.strategy().name().toLowerCase(Locale.ROOT), boot ? s.replicates() : null,
                boot ? s.confidenceLevel() : null, columns, skipped, tests);
    }

    private static SegmentColumn column(PathModel model, SegmentProfile p) {
        List<IndexValue> indices = new ArrayList<>();
        if (p.index().isPresent()) {
            for (String c : model.constructNames()) {
                Optional<Interval> ci = p.indexInterval(c);
                indices.add(new IndexValue(c, number(p.index(c)), ci.map(i -> i.lower()).orElse(null),
                        ci.map(i -> i.upper()).orElse(null)));
            }
        }
        List<PathValue> paths = new ArrayList<>();
        for (StructuralPath sp : model.paths()) {
            Optional<Interval> ci = p.pathInterval(sp.from(), sp.to());
            paths.add(new PathValue(sp.from(), sp.to(), p.path(sp.from(), sp.to()), ci.map(i -> i.lower()).orElse(null),
                    ci.map(i -> i.upper()).orElse(null)));
        }
        List<RSquaredValue> r2 = new ArrayList<>();
        for (String c : model.constructNames()) {
            p.rSquared(c).ifPresent(v -> r2.add(new RSquaredValue(c, v)));
        }
        return new SegmentColumn(p.segment(), p.respondents(), indices, paths, r2);
    }

    private static PairEntry pair(PathModel model, SegmentPair p) {
        List<MicomEntry> micom = new ArrayList<>();
        MicomResult m = p.micom();
        for (String c : m.constructs()) {
            CompositionalInvariance ci = m.compositional(c);
            CompositeEquality eq = m.equality(c);
            micom.add(new MicomEntry(c, m.configural().established(), ci.c(), ci.quantile(), ci.invariant(),
                    eq.meanDifference(), eq.equalMeans(), eq.logVarianceRatio(), eq.equalVariances(),
                    m.fullInvariance(c) ? "full" : m.partialInvariance(c) ? "partial" : "none"));
        }
        List<DifferenceEntry> d = p.differences().stream().map(SegmentComparisonEntry::difference).toList();
        return new PairEntry(p.segmentA(), p.segmentB(), micom, d);
    }

    private static DifferenceEntry difference(SegmentDifference d) {
        return new DifferenceEntry(d.kind() == DifferenceKind.PATH ? "path" : "index", d.from().orElse(null),
                d.construct(), d.valueA(), d.valueB(), d.difference(), number(d.pValue()), number(d.adjustedPValue()),
                d.comparable(), d.significant());
    }
}
