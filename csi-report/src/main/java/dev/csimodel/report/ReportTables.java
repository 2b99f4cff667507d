package dev.csimodel.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The tables of a report, shared by the text and HTML writers: each section is a title, a table
 * and a note explaining its marks.
 */
final class ReportTables {

    static final String NA = "n/a";

    /** One titled table with a note under it (empty if none). */
    record Section(String title, ReportTable table, String note) {
    }

    static final String COMPARISON_NOTE =
            "R2/AIC/BIC/Q2predict of the endogenous constructs every model shares; lower AIC/BIC is better,"
                    + " Q2predict > 0 beats the mean; SRMR of the saturated model.";

    private ReportTables() {
    }

    /** @return scheme, scaling and the options that changed the estimate, on one line */
    static String settingsLine(ReportSettings s) {
        return (s.gsca() ? "GSCA (Hwang and Takane 2004)" : s.scheme() + " weighting scheme")
                + ", " + s.scaling() + (s.consistent() ? ", consistent PLS" : "")
                + (s.missingStrategy() == null ? "" : ", missing values: " + s.missingStrategy())
                + (s.weights() == null ? "" : ", weighted by " + s.weights() + weighting(s))
                + (s.bootstrap() == null ? "" : ", bootstrap " + s.bootstrap() + " samples (seed " + s.seed() + ")")
                + (s.ordinal() == null ? "" : "; " + s.ordinal().describe());
    }

    /** @return the heading of one segment */
    static String segmentTitle(ReportSettings s, SegmentEntry seg) {
        String head = "Segment " + s.group() + " = " + seg.group() + " (" + seg.rows() + " rows";
        if (seg.report() == null) {
            return head + "): skipped, " + seg.skipped();
        }
        return head + ", " + seg.report().observations() + " observations used, "
                + (seg.report().converged() ? "converged" : "DID NOT CONVERGE") + ")";
    }

    /** Why consistent PLS paths have no std.err, t, p or stars without the bootstrap. */
    static final String PLSC_NOTE = "; std.err, t and p n/a (use --bootstrap): OLS inference does not apply"
            + " to the corrected paths of consistent PLS";

    /** Why ordinal PLS paths have no std.err, t or p (no bootstrap for them yet). */
    static final String ORDINAL_NOTE = "; std.err, t and p n/a: OLS inference assumes Pearson correlations of"
            + " observed scores, and ordinal PLS has polychoric correlations and no scores";

    /** Why GSCA paths have no std.err, t or p, and why the PLS criteria are n/a. */
    static final String GSCA_NOTE = "; GSCA estimate: std.err, t, p and the PLS quality criteria n/a";

    /** @return " (sampling weights, Kish effective n 212.4)" or empty without a kind */
    private static String weighting(ReportSettings s) {
        if (s.weightKind() == null) {
            return "";
        }
        return " (" + s.weightKind() + " weights" + (s.effectiveObservations() == null ? ""
                : ", Kish effective n " + String.format(Locale.ROOT, "%.1f", s.effectiveObservations())) + ")";
    }

    /**
     * @return where the bootstrap columns come from, with the requested, used and failed
     *         resamples; says that no interval is given when more than half failed
     */
    static String bootstrapSource(EstimationReport r) {
        BootstrapEntry b = r.bootstrap();
        String counts = b.used() + " of " + b.requested() + " requested bootstrap resamples (" + b.failed()
                + " failed, " + b.nonConverged() + " did not converge, " + b.attempted() + " drawn)";
        if (b.intervalsWithheld()) {
            return " from " + counts + "; no " + r.settings().interval()
                    + " interval: more than half of the resample attempts failed";
        }
        return " and the 95% " + r.settings().interval() + " interval from " + counts;
    }

    /** @return the sections of one estimate, in reading order */
    static List<Section> sections(EstimationReport r) {
        List<Section> out = new ArrayList<>(indexSections(r));
        out.add(new Section("Path coefficients", paths(r), "Signif. codes: *** p < 0.001, ** p < 0.01, * p < 0.05"
                + (r.bootstrapped()
                ? "; t, p" + bootstrapSource(r)
                : r.settings().ordinal() != null ? ORDINAL_NOTE
                : r.settings().consistent() ? PLSC_NOTE
                : r.settings().gsca() ? GSCA_NOTE
                : " (OLS standard errors of the score regressions" + (r.settings().samplingWeighted()
                ? "; they assume simple random sampling and ignore the sampling weights: use --bootstrap" : "")
                + ")")));
        out.add(new Section("Constructs", constructs(r), ""));
        if (r.settings().gsca()) {
            // GSCA reports weights, loadings, paths and R² only; the PLS sections would be all n/a
            out.add(new Section("Indicators", indicators(r), "! loading < 0.708"));
            return out;
        }
        out.add(new Section("Reliability and convergent validity", reliability(r),
                "! outside the usual range: alpha, rhoC, rhoA in [0.70, 0.95]; AVE >= 0.50"));
        out.add(new Section("Indicators", indicators(r), "! loading < 0.708 or VIF >= 5"));
        out.add(new Section("Discriminant validity (HTMT)", htmt(r), "HTMT from " + r.settings().htmtCorrelations()
                + " indicator correlations, HTMT2 from geometric means; ! HTMT >= 0.85, !! HTMT >= 0.90"));
        out.add(new Section("Effects", effects(r), ""));
        out.addAll(InferenceTables.sections(r));
        out.add(new Section("Model fit", fit(r), r.fit() == null ? ""
                : "SRMR below 0.08 is usually read as a good fit (Hu and Bentler 1999); GoF after Tenenhaus et al. 2004"));
        if (r.missingData() != null) {
            out.add(new Section("Missing values (" + r.missingData().strategy() + ")", missing(r.missingData()),
                    r.missingData().completeRows() + " of " + r.missingData().rows() + " rows complete, "
                            + r.missingData().missing() + " missing values"));
        }
        if (r.moderation() != null) {
            out.addAll(ModerationTables.sections(r.moderation()));
        }
        if (!r.diagnostics().isEmpty()) {
            out.add(new Section("Diagnostics", diagnostics(r), ""));
        }
        return out;
    }

    /** What an index is, for the analyst reading the indices first. */
    static final String INDEX_NOTE = "An index is a construct's score on 0-100: the weighted mean of its indicators,"
            + " each rescaled from the questionnaire scale (0 = lowest answer, 100 = highest),\n  with the construct's"
            + " outer weights rescaled to sum to 1 (the ACSI index, Fornell et al. 1996).";

    /**
     * The sections an analyst reads first: the indices and, for the whole sample, the priority
     * list and indicator impacts; empty without {@code --scale}.
     */
    private static List<Section> indexSections(EstimationReport r) {
        List<Section> out = new ArrayList<>();
        if (r.indexed()) {
            out.add(new Section("Indices (0-100, questionnaire scale " + plain(r.settings().scaleMin()) + " to "
                    + plain(r.settings().scaleMax()) + ")", indices(r), INDEX_NOTE + (r.bootstrapped()
                    ? "\n  SE" + bootstrapSource(r) : "")));
        }
        if (r.ipma() != null) {
            out.addAll(IpmaTables.sections(r.ipma()));
        }
        return out;
    }

    private static ReportTable fit(EstimationReport r) {
        ReportTable t = new ReportTable(1, "criterion", "value");
        t.row("GoF", fmt(r.gof()));
        FitEntry f = r.fit();
        if (f != null) {
            t.row("SRMR (saturated model)", fmt(f.srmrSaturated()));
            t.row("SRMR (estimated model)", fmt(f.srmrEstimated()));
            t.row("d_ULS (saturated model)", fmt(f.dUlsSaturated()));
            t.row("d_ULS (estimated model)", fmt(f.dUlsEstimated()));
            t.row("d_G (saturated model)", fmt(f.dGSaturated()));
            t.row("d_G (estimated model)", fmt(f.dGEstimated()));
        }
        return t;
    }

    /** @return one row per indicator: its missing values, their share of the rows, the mean that replaced them */
    private static ReportTable missing(MissingDataEntry m) {
        ReportTable t = new ReportTable(1, "indicator", "missing", "share", "replaced by");
        for (MissingDataEntry.IndicatorMissingEntry i : m.indicators()) {
            t.row(i.name(), String.valueOf(i.missing()), m.rows() == 0 ? NA
                    : String.format(Locale.ROOT, "%.1f%%", 100.0 * i.missing() / m.rows()), fmt(i.replacement()));
        }
        return t;
    }

    private static ReportTable diagnostics(EstimationReport r) {
        ReportTable t = new ReportTable(2, "severity", "finding");
        for (DiagnosticEntry d : r.diagnostics()) {
            t.row(d.inadmissible() ? "INADMISSIBLE" : "warning", d.message());
        }
        return t;
    }

    static ReportTable paths(EstimationReport r) {
        return r.bootstrapped() ? bootstrapPaths(r) : olsPaths(r);
    }

    private static ReportTable olsPaths(EstimationReport r) {
        ReportTable t = new ReportTable(3, "from", "->", "to", "estimate", "std.err", "t", "p", "", "f2", "VIF");
        for (PathEntry p : r.paths()) {
            t.row(p.from(), "->", p.to(), fmt(p.estimate()), fmt(p.stdError()), fmt2(p.tValue()), pValue(p.pValue()),
                    QualityThresholds.stars(p.pValue()), fmt(p.f2()), fmt(p.vif()) + mark(QualityThresholds.vifHigh(p.vif())));
        }
        return t;
    }

    private static ReportTable bootstrapPaths(EstimationReport r) {
        ReportTable t = new ReportTable(3, "from", "->", "to", "estimate", "boot.mean", "boot.se", "t", "p", "",
                "CI low", "CI high", "f2", "VIF");
        for (PathEntry p : r.paths()) {
            t.row(p.from(), "->", p.to(), fmt(p.estimate()), fmt(p.bootMean()), fmt(p.bootStdError()),
                    fmt2(p.bootTValue()), pValue(p.bootPValue()), QualityThresholds.stars(p.bootPValue()),
                    fmt(p.ciLower()), fmt(p.ciUpper()), fmt(p.f2()), fmt(p.vif()) + mark(QualityThresholds.vifHigh(p.vif())));
        }
        return t;
    }

    static ReportTable constructs(EstimationReport r) {
        ReportTable t = new ReportTable(3, "construct", "mode", "type", "R2", "adj.R2", "communality", "redundancy");
        for (ConstructEntry c : r.constructs()) {
            t.row(c.name(), c.mode(), c.type(), fmt(c.r2()), fmt(c.r2Adjusted()), fmt(c.communality()), fmt(c.redundancy()));
        }
        return t;
    }

    static ReportTable indices(EstimationReport r) {
        boolean boot = r.constructs().stream().anyMatch(ConstructEntry::indexBootstrapped);
        ReportTable t = boot ? new ReportTable(1, "construct", "index", "SE", "CI low", "CI high")
                : new ReportTable(1, "construct", "index");
        for (ConstructEntry c : r.constructs()) {
            if (boot) {
                t.row(c.name(), oneDecimal(c.index()), twoDecimals(c.indexStdError()), oneDecimal(c.indexCiLower()),
                        oneDecimal(c.indexCiUpper()));
            } else {
                t.row(c.name(), oneDecimal(c.index()));
            }
        }
        return t;
    }

    private static String oneDecimal(Double v) {
        return v == null ? NA : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String twoDecimals(Double v) {
        return v == null ? NA : String.format(Locale.ROOT, "%.2f", v);
    }

    static ReportTable reliability(EstimationReport r) {
        ReportTable t = new ReportTable(1, "construct", "alpha", "rhoC", "rhoA", "DG rho", "AVE");
        for (ConstructEntry c : r.constructs()) {
            t.row(c.name(), rel(c.cronbachAlpha()), rel(c.rhoC()), rel(c.rhoA()), fmt(c.dgRho()),
                    fmt(c.ave()) + mark(QualityThresholds.aveLow(c.ave())));
        }
        return t;
    }

    static ReportTable indicators(EstimationReport r) {
        ReportTable t = new ReportTable(2, "construct", "indicator", "weight", "loading", "communality", "redundancy", "VIF");
        for (IndicatorEntry i : r.indicators()) {
            t.row(i.construct(), i.name(), fmt(i.weight()), fmt(i.loading()) + mark(QualityThresholds.loadingLow(i.loading())),
                    fmt(i.communality()), fmt(i.redundancy()), fmt(i.vif()) + mark(QualityThresholds.vifHigh(i.vif())));
        }
        return t;
    }

    static ReportTable htmt(EstimationReport r) {
        ReportTable t = new ReportTable(2, "construct", "construct", "HTMT", "HTMT2");
        for (HtmtEntry h : r.htmt()) {
            String m = QualityThresholds.htmtMark(h.value());
            t.row(h.a(), h.b(), fmt(h.value()) + " " + (m + "  ").substring(0, 2), fmt(h.htmt2()));
        }
        return t;
    }

    static ReportTable effects(EstimationReport r) {
        ReportTable t = new ReportTable(3, "from", "->", "to", "direct", "indirect", "total");
        for (EffectEntry e : r.effects()) {
            t.row(e.from(), "->", e.to(), fmt(e.direct()), fmt(e.indirect()), fmt(e.total()));
        }
        return t;
    }

    /** @return the comparison table: one row per criterion, one column per model */
    static ReportTable comparison(ComparisonReport c) {
        String[] head = new String[c.models().size() + 1];
        head[0] = "criterion";
        for (int m = 0; m < c.models().size(); m++) {
            head[m + 1] = c.models().get(m).name();
        }
        ReportTable t = new ReportTable(1, head);
        t.row(cells(c, "observations", s -> String.valueOf(s.observations())));
        t.row(cells(c, "converged", s -> s.converged() ? "yes" : "NO"));
        t.row(cells(c, "GoF", s -> fmt(s.gof())));
        if (c.models().stream().anyMatch(s -> s.srmr() != null)) {
            t.row(cells(c, "SRMR", s -> fmt(s.srmr())));
        }
        for (int k = 0; k < c.sharedTargets().size(); k++) {
            int target = k;
            String name = c.sharedTargets().get(k);
            t.row(cells(c, "R2 " + name, s -> fmt(s.targets().get(target).r2())));
            t.row(cells(c, "adj.R2 " + name, s -> fmt(s.targets().get(target).r2Adjusted())));
            t.row(cells(c, "AIC " + name, s -> fmt2(s.targets().get(target).aic())));
            t.row(cells(c, "BIC " + name, s -> fmt2(s.targets().get(target).bic())));
            if (c.models().stream().anyMatch(s -> s.targets().get(target).q2predict() != null)) {
                t.row(cells(c, "Q2predict " + name + " (mean)", s -> fmt(s.targets().get(target).q2predict())));
            }
            if (c.models().stream().anyMatch(s -> s.targets().get(target).index() != null)) {
                t.row(cells(c, "index " + name, s -> {
                    Double v = s.targets().get(target).index();
                    return v == null ? NA : String.format(Locale.ROOT, "%.1f", v);
                }));
            }
        }
        return t;
    }

    /** Note under the CVPAT table. */
    static final String CVPAT_NOTE = "CVPAT (Liengaard et al. 2021): loss = mean out-of-sample squared error of the "
            + "shared endogenous indicators (10 folds, seed --seed); diff = loss 2 - loss 1, t > 0 favours model 1; "
            + "p two-sided, p(1 better) one-sided";

    /** @return one row per tested pair of models */
    static ReportTable cvpat(ComparisonReport c) {
        ReportTable t = new ReportTable(2, "model 1", "model 2", "loss 1", "loss 2", "diff", "t", "df", "p",
                "p (1 better)");
        for (ComparisonReport.CvpatEntry e : c.cvpat()) {
            t.row(e.first(), e.second(), fmt(e.lossFirst()), fmt(e.lossSecond()), fmt(e.meanDifference()),
                    fmt2(e.tValue()), String.valueOf(e.degreesOfFreedom()), pValue(e.pValue()),
                    pValue(e.pValueFirstBetter()));
        }
        return t;
    }

    private static String[] cells(ComparisonReport c, String label,
                                  Function<ComparisonReport.ModelSummary, String> cell) {
        String[] row = new String[c.models().size() + 1];
        row[0] = label;
        for (int m = 0; m < c.models().size(); m++) {
            row[m + 1] = cell.apply(c.models().get(m));
        }
        return row;
    }

    private static String rel(Double v) {
        return fmt(v) + mark(QualityThresholds.reliabilityOff(v));
    }

    private static String mark(boolean off) {
        return off ? " !" : "  ";
    }

    /** @return {@code v} without trailing zeros: 10 rather than 10.000 */
    static String plain(Double v) {
        return v == null ? NA : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String fmt(Double v) {
        return v == null ? NA : String.format(Locale.ROOT, "%.3f", v);
    }

    static String fmt2(Double v) {
        return v == null ? NA : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pValue(Double p) {
        if (p == null) {
            return NA;
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
