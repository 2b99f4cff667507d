package dev.csimodel.report;

import dev.csimodel.report.SegmentComparisonEntry.DifferenceEntry;
import dev.csimodel.report.SegmentComparisonEntry.IndexValue;
import dev.csimodel.report.SegmentComparisonEntry.MicomEntry;
import dev.csimodel.report.SegmentComparisonEntry.PairEntry;
import dev.csimodel.report.SegmentComparisonEntry.PathValue;
import dev.csimodel.report.SegmentComparisonEntry.SegmentColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The tables of a {@link SegmentComparisonEntry}, shared by the text and HTML reports. */
final class SegmentComparisonTables {

    private static final String NA = "n/a";

    private SegmentComparisonTables() {
    }

    static List<ReportTables.Section> sections(SegmentComparisonEntry e) {
        List<ReportTables.Section> out = new ArrayList<>();
        out.add(new ReportTables.Section("Segments side by side", sideBySide(e), sideBySideNote(e)));
        if (!e.skipped().isEmpty()) {
            ReportTable t = new ReportTable(1, "segment", "rows", "why not estimated");
            e.skipped().forEach(s -> t.row(s.segment(), Integer.toString(s.rows()), s.reason()));
            out.add(new ReportTables.Section("Segments not estimated", t, ""));
        }
        if (e.tests() != null) {
            out.add(new ReportTables.Section("MICOM between segments", micom(e), "Henseler, Ringle and Sarstedt (2016):"
                    + " step 2 holds when c >= its " + e.tests().alpha() + "-quantile under permutation; step 3 when the"
                    + " mean difference and log variance ratio lie inside their permutation intervals. Partial"
                    + " invariance (steps 1-2) is needed to compare paths and indices, full invariance to pool."));
            out.add(new ReportTables.Section("Segment differences", differences(e), differencesNote(e)));
        }
        return out;
    }

    private static ReportTable sideBySide(SegmentComparisonEntry e) {
        List<String> header = new ArrayList<>(List.of(""));
        e.segments().forEach(s -> header.add(s.segment()));
        ReportTable t = new ReportTable(1, header.toArray(String[]::new));
        t.row(cells("n", e, s -> Integer.toString(s.observations())));
        if (!e.segments().isEmpty()) {
            SegmentColumn first = e.segments().get(0);
            for (int k = 0; k < first.indices().size(); k++) {
                int kk = k;
                t.row(cells("index " + first.indices().get(k).construct(), e, s -> index(s.indices().get(kk))));
            }
            for (int j = 0; j < first.paths().size(); j++) {
                int jj = j;
                PathValue p = first.paths().get(j);
                t.row(cells(p.from() + " -> " + p.to(), e, s -> path(s.paths().get(jj))));
            }
            for (SegmentComparisonEntry.RSquaredValue r2 : first.rSquared()) {
                t.row(cells("R2 " + r2.construct(), e, s -> s.rSquared().stream()
                        .filter(x -> x.construct().equals(r2.construct())).findFirst()
                        .map(x -> three(x.value())).orElse(NA)));
            }
        }
        return t;
    }

    private static String[] cells(String label, SegmentComparisonEntry e, Function<SegmentColumn, String> cell) {
        List<String> out = new ArrayList<>(List.of(label));
        e.segments().forEach(s -> out.add(cell.apply(s)));
        return out.toArray(String[]::new);
    }

    private static String index(IndexValue v) {
        if (v.index() == null) {
            return NA;
        }
        String x = String.format(Locale.ROOT, "%.1f", v.index());
        return v.lower() == null ? x : x + String.format(Locale.ROOT, " [%.1f, %.1f]", v.lower(), v.upper());
    }

    private static String path(PathValue v) {
        String x = three(v.estimate());
        return v.lower() == null ? x : x + " [" + three(v.lower()) + ", " + three(v.upper()) + "]";
    }

    private static String three(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String sideBySideNote(SegmentComparisonEntry e) {
        String weights = e.strategy().equals("pooled") ? "the whole sample's weights applied to each segment's answers"
                : "each segment's own estimate";
        String boot = e.replicates() == null ? "" : String.format(Locale.ROOT,
                "; [low, high]: %.0f%% percentile bootstrap interval over %d resamples of the segment's rows",
                100 * e.confidenceLevel(), e.replicates());
        return "Each segment estimated on its own rows; 0-100 indices from " + weights + boot + ".";
    }

    private static ReportTable micom(SegmentComparisonEntry e) {
        ReportTable t = new ReportTable(2, "pair", "construct", "c", "quantile", "step 2", "step 3a", "step 3b",
                "invariance");
        for (PairEntry p : e.tests().pairs()) {
            for (MicomEntry m : p.micom()) {
                t.row(p.segmentA() + " vs " + p.segmentB(), m.construct(), three(m.c()), three(m.cQuantile()),
                        yes(m.configural() && m.compositional()), yes(m.equalMeans()), yes(m.equalVariances()),
                        m.invariance());
            }
        }
        return t;
    }

    private static ReportTable differences(SegmentComparisonEntry e) {
        ReportTable t = new ReportTable(3, "pair", "kind", "what", "A", "B", "A - B", "p", "p (Holm)", "comparable",
                "significant");
        for (PairEntry p : e.tests().pairs()) {
            for (DifferenceEntry d : p.differences()) {
                boolean index = d.kind().equals("index");
                String what = index ? d.construct() : d.from() + " -> " + d.construct();
                Function<Double, String> f = index ? v -> String.format(Locale.ROOT, "%.1f", v) : SegmentComparisonTables::three;
                t.row(p.segmentA() + " vs " + p.segmentB(), d.kind(), what, f.apply(d.valueA()), f.apply(d.valueB()),
                        f.apply(d.difference()), p(d.pValue()), p(d.adjustedPValue()), yes(d.comparable()),
                        d.adjustedPValue() == null ? NA : d.significant() ? "yes" : "no");
            }
        }
        return t;
    }

    private static String differencesNote(SegmentComparisonEntry e) {
        int m = e.tests().pairs().stream().mapToInt(p -> (int) p.differences().stream()
                .filter(d -> d.pValue() != null).count()).sum();
        return "Permutation tests (Chin and Dibbern 2010), " + e.tests().permutations() + " permutations per pair, seed "
                + e.tests().seed() + "; p (Holm) adjusted over all " + m + " tests; significant: p (Holm) < "
                + e.tests().alpha() + ", otherwise the difference is not significant. comparable 'no': MICOM finds no"
                + " partial invariance, so the difference should not be interpreted.";
    }

    private static String p(Double v) {
        return v == null ? NA : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String yes(boolean v) {
        return v ? "yes" : "no";
    }
}
