package dev.csimodel.analysis.segments;

import dev.csimodel.data.DataTable;
import dev.csimodel.groups.GroupComparison;
import dev.csimodel.groups.GroupComparisonResult;
import dev.csimodel.groups.MicomResult;
import dev.csimodel.groups.PairComparison;
import dev.csimodel.groups.PathDifference;
import dev.csimodel.groups.PermutationSettings;
import dev.csimodel.result.PValueAdjustment;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The tests of every pair of segments: paths and MICOM by {@link GroupComparison}, indices by
 * {@link IndexPermutation}, then one Holm adjustment over all of them.
 */
final class PairTests {

    private final PathModel model;
    private final ComparisonSettings settings;
    private final IndexRule rule;

    PairTests(PathModel model, ComparisonSettings settings, IndexRule rule) {
        this.model = model;
        this.settings = settings;
        this.rule = rule;
    }

    List<SegmentPair> run(List<SegmentProfile> profiles, Map<String, DataTable> tables) {
        List<String> names = profiles.stream().map(SegmentProfile::segment).toList();
        List<DataTable> groups = names.stream().map(tables::get).toList();
        PermutationSettings ps = PermutationSettings.defaults().withPermutations(settings.permutations())
                .withSeed(settings.seed()).withAlpha(settings.alpha()).withParallel(settings.threads() > 1);
        GroupComparisonResult paths = new GroupComparison(settings.estimation(), ps).compare(model, names, groups);
        List<SegmentPair> raw = new ArrayList<>();
        int pair = 0;
        for (int a = 0; a < profiles.size(); a++) {
            for (int b = a + 1; b < profiles.size(); b++) {
                PairComparison pc = paths.pair(names.get(a), names.get(b));
                List<SegmentDifference> d = new ArrayList<>(pathDifferences(pc));
                if (rule != null) {
                    d.addAll(indexDifferences(profiles.get(a), profiles.get(b), groups.get(a), groups.get(b),
                            pc.micom(), pair));
                }
                raw.add(new SegmentPair(names.get(a), names.get(b), pc.micom(), d));
                pair++;
            }
        }
        return adjusted(raw);
    }

    private List<SegmentDifference> pathDifferences(PairComparison pc) {
        List<SegmentDifference> out = new ArrayList<>();
        MicomResult m = pc.micom();
        for (PathDifference p : pc.pathDifferences()) {
            boolean comparable = m.partialInvariance(p.from()) && m.partialInvariance(p.to());
            out.add(new SegmentDifference(pc.groupA(), pc.groupB(), DifferenceKind.PATH, Optional.of(p.from()), p.to(),
                    p.estimateA(), p.estimateB(), p.difference(), OptionalDouble.of(p.pValue()), OptionalDouble.empty(),
                    comparable, false));
        }
        return out;
    }

    private List<SegmentDifference> indexDifferences(SegmentProfile a, SegmentProfile b, DataTable rowsA,
                                                     DataTable rowsB, MicomResult micom, int pair) {
        DataTable both = Pooled.concat(model.indicators(), rowsA, rowsB);
        double[][] perm = new IndexPermutation(rule, both, rowsA.rowCount(), settings.seed(), pair)
                .run(settings.permutations(), settings.threads());
        List<String> constructs = model.constructNames();
        List<SegmentDifference> out = new ArrayList<>();
        for (int k = 0; k < constructs.size(); k++) {
            String c = constructs.get(k);
            OptionalDouble ia = a.index(c);
            OptionalDouble ib = b.index(c);
            if (ia.isEmpty() || ib.isEmpty()) {
                continue; // an undefined index has nothing to compare; the profile says it is absent
            }
            double d = ia.getAsDouble() - ib.getAsDouble();
            out.add(new SegmentDifference(a.segment(), b.segment(), DifferenceKind.INDEX, Optional.empty(), c,
                    ia.getAsDouble(), ib.getAsDouble(), d, IndexPermutation.pValue(perm, k, d), OptionalDouble.empty(),
                    micom.partialInvariance(c), false));
        }
        return out;
    }

    /** Holm over every p-value of every pair, in the order of {@link SegmentComparisonResult#differences()}. */
    private List<SegmentPair> adjusted(List<SegmentPair> raw) {
        List<Double> p = new ArrayList<>();
        raw.forEach(pr -> pr.differences().forEach(d -> d.pValue().ifPresent(p::add)));
        double[] adj = PValueAdjustment.HOLM.adjust(p.stream().mapToDouble(Double::doubleValue).toArray());
        List<SegmentPair> out = new ArrayList<>();
        int i = 0;
        for (SegmentPair pr : raw) {
            List<SegmentDifference> d = new ArrayList<>();
            for (SegmentDifference x : pr.differences()) {
                d.add(x.pValue().isPresent() ? x.withAdjusted(adj[i++], settings.alpha()) : x);
            }
            out.add(new SegmentPair(pr.segmentA(), pr.segmentB(), pr.micom(), d));
        }
        return out;
    }
}
