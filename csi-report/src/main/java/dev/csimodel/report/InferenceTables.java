package dev.csimodel.report;

import dev.csimodel.report.InferenceEntry.GroupTestEntry;
import dev.csimodel.report.InferenceEntry.HtmtInferenceEntry;
import dev.csimodel.report.InferenceEntry.SpecificIndirectEntry;
import dev.csimodel.report.ReportTables.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.csimodel.report.ReportTables.NA;
import static dev.csimodel.report.ReportTables.fmt;
import static dev.csimodel.report.ReportTables.fmt2;

/** The text and HTML sections of the {@link InferenceEntry}: mediation, HTMT inference, adjusted p, MGA. */
final class InferenceTables {

    private InferenceTables() {
    }

    /** @return the sections that apply, in reading order (none without an inference entry) */
    static List<Section> sections(EstimationReport r) {
        List<Section> out = new ArrayList<>();
        InferenceEntry inf = r.inference();
        if (inf == null) {
            return out;
        }
        if (inf.pAdjustment() != null) {
            out.add(new Section("Adjusted p-values (" + inf.pAdjustment() + ")", adjusted(r),
                    "family: all " + r.paths().size() + " paths; p is the " + (r.bootstrapped() ? "bootstrap" : "OLS")
                            + " p-value of the path table"));
        }
        if (inf.specificIndirect() != null) {
            boolean boot = inf.specificIndirect().stream().anyMatch(e -> e.bootStdError() != null);
            out.add(new Section("Specific indirect effects", indirect(inf.specificIndirect(), boot), boot
                    ? "estimate = product of the paths along the route; 95% percentile (and BCa with --ci bca) "
                    + "bootstrap intervals; type after Zhao, Lynch and Chen (2010) from the " + r.settings().interval()
                    + " intervals of the indirect and the direct effect; direct n/a: no direct path (fixed at 0)"
                    : "estimate = product of the paths along the route; --bootstrap N adds intervals and the "
                    + "mediation type"));
        }
        if (inf.htmtInference() != null) {
            out.add(new Section("HTMT inference", htmt(inf.htmtInference()), "upper = 95% one-sided bootstrap "
                    + "percentile bound (Franke and Sarstedt 2019); discriminant validity holds when it is below "
                    + "the threshold"));
        }
        if (inf.groupTests() != null) {
            out.add(new Section("Multi-group tests (bootstrap)", groups(inf.groupTests()), "differences A - B; "
                    + "p of Henseler's PLS-MGA (two-sided), parametric t (equal variances) and Welch-Satterthwaite t; "
                    + "no correction for multiple testing"));
        }
        return out;
    }

    private static ReportTable adjusted(EstimationReport r) {
        ReportTable t = new ReportTable(3, "from", "->", "to", "p", "p adj.");
        for (PathEntry p : r.paths()) {
            t.row(p.from(), "->", p.to(), pValue(p.shownPValue()), pValue(p.pAdjusted()));
        }
        return t;
    }

    private static ReportTable indirect(List<SpecificIndirectEntry> entries, boolean boot) {
        boolean bca = entries.stream().anyMatch(e -> e.bcaLower() != null);
        List<String> head = new ArrayList<>(List.of("route", "estimate"));
        if (boot) {
            head.addAll(List.of("boot.se", "p", "2.5%", "97.5%"));
            if (bca) {
                head.addAll(List.of("BCa low", "BCa high"));
            }
        }
        head.add("direct");
        if (boot) {
            head.add("type");
        }
        ReportTable t = new ReportTable(1, head.toArray(new String[0]));
        for (SpecificIndirectEntry e : entries) {
            List<String> row = new ArrayList<>(List.of(route(e), fmt(e.estimate())));
            if (boot) {
                row.addAll(List.of(fmt(e.bootStdError()), pValue(e.bootPValue()), fmt(e.percentileLower()),
                        fmt(e.percentileUpper())));
                if (bca) {
                    row.addAll(List.of(fmt(e.bcaLower()), fmt(e.bcaUpper())));
                }
            }
            row.add(fmt(e.direct()));
            if (boot) {
                row.add(e.type() == null ? NA : e.type());
            }
            t.row(row.toArray(new String[0]));
        }
        return t;
    }

    private static String route(SpecificIndirectEntry e) {
        return e.from() + " -> " + String.join(" -> ", e.through()) + " -> " + e.to();
    }

    private static ReportTable htmt(List<HtmtInferenceEntry> entries) {
        ReportTable t = new ReportTable(2, "construct", "construct", "HTMT", "upper 95%", "< 0.85", "< 0.90");
        for (HtmtInferenceEntry h : entries) {
            t.row(h.a(), h.b(), fmt(h.value()), fmt(h.upper95()), yes(h.below085()), yes(h.below090()));
        }
        return t;
    }

    private static ReportTable groups(List<GroupTestEntry> entries) {
        ReportTable t = new ReportTable(5, "A", "B", "from", "->", "to", "beta A", "beta B", "diff", "p Henseler",
                "t param.", "p param.", "t Welch", "df", "p Welch");
        for (GroupTestEntry g : entries) {
            t.row(g.groupA(), g.groupB(), g.from(), "->", g.to(), fmt(g.estimateA()), fmt(g.estimateB()),
                    fmt(g.difference()), pValue(g.henselerP()), fmt2(g.parametricT()), pValue(g.parametricP()),
                    fmt2(g.welchT()), fmt2(g.welchDf()), pValue(g.welchP()));
        }
        return t;
    }

    private static String yes(boolean v) {
        return v ? "yes" : "no";
    }

    private static String pValue(Double p) {
        if (p == null) {
            return NA;
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
