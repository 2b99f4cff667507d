package dev.csimodel.report;

import dev.csimodel.bootstrap.BootstrapEstimate;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.HtmtInference;
import dev.csimodel.bootstrap.HtmtTest;
import dev.csimodel.bootstrap.Interval;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.bootstrap.MediationAnalysis;
import dev.csimodel.bootstrap.MediationEffect;
import dev.csimodel.groups.BootstrapGroupResult;
import dev.csimodel.groups.BootstrapPairComparison;
import dev.csimodel.groups.BootstrapPathDifference;
import dev.csimodel.groups.MgaMethod;
import dev.csimodel.report.InferenceEntry.GroupTestEntry;
import dev.csimodel.report.InferenceEntry.HtmtInferenceEntry;
import dev.csimodel.report.InferenceEntry.SpecificIndirectEntry;
import dev.csimodel.result.PValueAdjustment;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.SpecificIndirectEffect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.csimodel.report.ReportBuilder.number;

/** Fills the report's {@link InferenceEntry} from the core results. */
public final class Inference {

    /** Routes beyond which specific indirect effects are not listed (as csi-core). */
    private static final long MAX_ROUTES = 10_000;

    private Inference() {
    }

    /** @return the specific indirect point estimates of {@code r}; null when there are none to list */
    static InferenceEntry pointEstimates(PlsResult r) {
        long routes = r.mediatedRouteCount();
        if (routes == 0 || routes > MAX_ROUTES) {
            return null;
        }
        List<SpecificIndirectEntry> out = new ArrayList<>();
        for (SpecificIndirectEffect e : r.specificIndirectEffects()) {
            Double direct = r.model().hasPath(e.from(), e.to()) ? number(r.pathCoefficient(e.from(), e.to())) : null;
            out.add(new SpecificIndirectEntry(e.from(), e.through(), e.to(), number(e.estimate()), null, null, null,
                    null, null, null, null, null, direct, null));
        }
        return InferenceEntry.empty().withSpecificIndirect(out);
    }

    /**
     * @param method the interval that decides the mediation types (the run computed it and percentile)
     * @param boot the bootstrap of the paths (and indices, impacts)
     * @param report the report to extend
     * @return {@code report} with the bootstrap of every specific indirect effect and the HTMT inference
     */
    public static EstimationReport withBootstrap(EstimationReport report, BootstrapResult boot, IntervalMethod method) {
        InferenceEntry entry = report.inferenceOrEmpty();
        if (report.inference() != null && report.inference().specificIndirect() != null) {
            List<SpecificIndirectEntry> out = new ArrayList<>();
            for (MediationEffect m : MediationAnalysis.of(boot, method)) {
                out.add(entry(m));
            }
            entry = entry.withSpecificIndirect(out);
        }
        List<HtmtInferenceEntry> htmt = new ArrayList<>();
        for (HtmtTest t : HtmtInference.of(boot)) {
            htmt.add(new HtmtInferenceEntry(t.a(), t.b(), number(t.htmt()), number(t.upperBound()),
                    t.below(HtmtTest.CONSERVATIVE), t.below(HtmtTest.LIBERAL)));
        }
        return report.withInference(entry.withHtmtInference(htmt));
    }

    private static SpecificIndirectEntry entry(MediationEffect m) {
        BootstrapEstimate e = m.indirect();
        Optional<Interval> pct = e.findInterval(IntervalMethod.PERCENTILE);
        Optional<Interval> bca = boot(e, IntervalMethod.BCA);
        return new SpecificIndirectEntry(m.from(), m.through(), m.to(), number(e.original()), number(e.mean()),
                number(e.stdError()), number(e.tValue()), number(e.pValue()),
                pct.map(i -> number(i.lower())).orElse(null), pct.map(i -> number(i.upper())).orElse(null),
                bca.map(i -> number(i.lower())).orElse(null), bca.map(i -> number(i.upper())).orElse(null),
                m.direct().map(d -> number(d.original())).orElse(null),
                m.type().map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(null));
    }

    /** The interval if the run computed it (BCa only with --ci bca) and did not withhold it. */
    private static Optional<Interval> boot(BootstrapEstimate e, IntervalMethod method) {
        return e.intervals().containsKey(method) ? Optional.of(e.intervals().get(method)) : Optional.empty();
    }

    /**
     * @param method the adjustment of the path p-values (Holm or Bonferroni)
     * @param report the report to extend
     * @return {@code report} (and each segment) with every path's shown p-value adjusted over the
     *         paths of that report; unchanged for {@link PValueAdjustment#NONE}
     */
    public static EstimationReport withPAdjustment(EstimationReport report, PValueAdjustment method) {
        if (method == PValueAdjustment.NONE) {
            return report;
        }
        List<Integer> tested = new ArrayList<>();
        for (int j = 0; j < report.paths().size(); j++) {
            if (report.paths().get(j).shownPValue() != null) {
                tested.add(j);
            }
        }
        double[] p = tested.stream().mapToDouble(j -> report.paths().get(j).shownPValue()).toArray();
        double[] adjusted = method.adjust(p);
        List<PathEntry> paths = new ArrayList<>(report.paths());
        for (int k = 0; k < tested.size(); k++) {
            paths.set(tested.get(k), paths.get(tested.get(k)).withPAdjusted(adjusted[k]));
        }
        EstimationReport out = report.withPaths(paths)
                .withInference(report.inferenceOrEmpty().withPAdjustment(method.name().toLowerCase(Locale.ROOT)));
        if (out.segments() == null) {
            return out;
        }
        List<SegmentEntry> segments = new ArrayList<>();
        for (SegmentEntry s : out.segments()) {
            segments.add(s.report() == null ? s
                    : SegmentEntry.estimated(s.group(), s.rows(), withPAdjustment(s.report(), method)));
        }
        return out.withSegments(segments);
    }

    /**
     * @param groups the bootstrap multi-group comparison
     * @param report the report to extend
     * @return {@code report} with the bootstrap multi-group tests of every pair and path
     */
    public static EstimationReport withGroupTests(EstimationReport report, BootstrapGroupResult groups) {
        List<GroupTestEntry> out = new ArrayList<>();
        for (BootstrapPairComparison pair : groups.pairs()) {
            for (BootstrapPathDifference d : pair.paths()) {
                out.add(new GroupTestEntry(pair.groupA(), pair.groupB(), d.from(), d.to(), number(d.estimateA()),
                        number(d.estimateB()), number(d.difference()), number(d.test(MgaMethod.HENSELER).pValue()),
                        number(d.test(MgaMethod.PARAMETRIC).statistic()), number(d.test(MgaMethod.PARAMETRIC).pValue()),
                        number(d.test(MgaMethod.WELCH_SATTERTHWAITE).statistic()),
                        number(d.test(MgaMethod.WELCH_SATTERTHWAITE).df()),
                        number(d.test(MgaMethod.WELCH_SATTERTHWAITE).pValue())));
            }
        }
        return report.withInference(report.inferenceOrEmpty().withGroupTests(out));
    }
}
