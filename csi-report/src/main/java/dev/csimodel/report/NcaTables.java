package dev.csimodel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text and HTML tables of the necessary condition analysis and the combined
 * importance-performance map: the effect sizes and tests, one bottleneck table per ceiling (the
 * NCA R package's layout: target levels down, drivers across) and the cIPMA.
 */
final class NcaTables {

    private NcaTables() {
    }

    /** @return the NCA and cIPMA sections of {@code ipma}; empty when they were not computed */
    static List<ReportTables.Section> sections(IpmaEntry ipma) {
        List<ReportTables.Section> out = new ArrayList<>();
        NcaEntry nca = ipma.nca();
        if (nca == null) {
            return out;
        }
        out.add(new ReportTables.Section("Necessary conditions of " + nca.outcome() + " (NCA on the 0-100 scores, "
                + nca.scope() + " scope)", effects(nca), effectNote(nca)));
        for (int k = 0; k < nca.conditions().get(0).ceilings().size(); k++) {
            String method = nca.conditions().get(0).ceilings().get(k).method();
            out.add(new ReportTables.Section("Bottleneck table (" + method + "): " + nca.outcome()
                    + " level -> required driver level", bottleneck(nca, k), bottleneckNote(nca)));
        }
        if (ipma.cipma() != null) {
            CipmaEntry c = ipma.cipma();
            out.add(new ReportTables.Section("Combined importance-performance map (cIPMA) of " + c.target() + " at "
                    + oneDecimal(c.targetLevel()) + " (" + c.ceiling() + ")", cipma(c), cipmaNote(c)));
        }
        return out;
    }

    private static ReportTable effects(NcaEntry nca) {
        ReportTable t = new ReportTable(2, "driver", "ceiling", "d", "size", "accuracy", "p", "p +/-", "peers");
        for (NcaEntry.ConditionEntry c : nca.conditions()) {
            for (NcaEntry.CeilingEntry e : c.ceilings()) {
                t.row(c.name(), e.method(), ReportTables.fmt(e.effectSize()), e.magnitude(),
                        oneDecimal(e.accuracy()) + "%", p(e.pValue()), ReportTables.fmt(e.pAccuracy()),
                        Integer.toString(c.peers()));
            }
        }
        return t;
    }

    private static String effectNote(NcaEntry nca) {
        String test = nca.permutations() == 0 ? "p n/a: no permutation test (--nca-permutations 0)"
                : "p = (k + 1)/(N + 1) with k of N = " + nca.permutations() + " permutations of " + nca.outcome()
                + " reaching d (seed " + nca.seed() + "; Dul, van der Laan and Kuik 2020), +/- its 95% margin";
        return "d = ceiling zone / scope (Dul 2016): < 0.1 small, 0.1-0.3 medium, 0.3-0.5 large, >= 0.5 very large;"
                + " accuracy = cases on or below the ceiling; " + test;
    }

    private static ReportTable bottleneck(NcaEntry nca, int ceiling) {
        List<String> header = new ArrayList<>();
        header.add(nca.outcome() + (nca.outcomeUnit().equals("actual") ? "" : " (%)"));
        nca.conditions().forEach(c -> header.add(c.name()));
        ReportTable t = new ReportTable(0, header.toArray(String[]::new));
        int rows = nca.conditions().get(0).ceilings().get(ceiling).bottleneck().size();
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            cells.add(oneDecimal(nca.conditions().get(0).ceilings().get(ceiling).bottleneck().get(r).outcomeLevel()));
            for (NcaEntry.ConditionEntry c : nca.conditions()) {
                NcaEntry.BottleneckEntry b = c.ceilings().get(ceiling).bottleneck().get(r);
                cells.add(b.required() == null ? b.status() : oneDecimal(b.required()));
            }
            t.row(cells.toArray(String[]::new));
        }
        return t;
    }

    private static String bottleneckNote(NcaEntry nca) {
        return nca.outcome() + " levels in " + nca.outcomeUnit() + ", required driver levels in " + nca.conditionUnit()
                + " of the scope; NN = not necessary, NA = not attained by the observed driver levels"
                + " (NCA package conventions)";
    }

    private static ReportTable cipma(CipmaEntry c) {
        ReportTable t = new ReportTable(1, "driver", "importance", "performance", "d", "p", "necessary",
                "required", "cases below");
        for (CipmaEntry.DriverEntry d : c.drivers()) {
            String below = d.casesBelow() == null ? ReportTables.NA
                    : d.casesBelow() + " (" + oneDecimal(100 * d.shareBelow()) + "%)";
            t.row(d.name(), ReportTables.fmt(d.importance()), oneDecimal(d.performance()),
                    ReportTables.fmt(d.effectSize()), p(d.pValue()), d.necessity(),
                    d.required() == null ? d.status() : oneDecimal(d.required()), below);
        }
        return t;
    }

    private static String cipmaNote(CipmaEntry c) {
        return "necessary = d >= " + ReportTables.plain(c.minimumEffect()) + " and p < " + ReportTables.plain(c.alpha())
                + " (Hauff et al. 2024); required = the driver's 0-100 score the " + c.ceiling() + " ceiling needs for "
                + c.target() + " = " + oneDecimal(c.targetLevel()) + " (--cipma-level); cases below cannot reach it"
                + " until the driver rises";
    }

    /** @return the caption of the combined map's figure */
    static String combinedCaption(CipmaEntry c) {
        return "The importance-performance map with the necessity of each driver (Hauff et al. 2024): red bubbles"
                + " are necessary conditions of " + c.target() + " (" + c.ceiling() + " d >= "
                + ReportTables.plain(c.minimumEffect()) + ", p < " + ReportTables.plain(c.alpha()) + "); a bubble's"
                + " area grows with the share of cases (in brackets) whose driver score is below the level "
                + c.target() + " = " + oneDecimal(c.targetLevel()) + " requires: they cannot reach it until the driver"
                + " rises, whatever the other drivers do.";
    }

    private static String p(Double v) {
        if (v == null) {
            return ReportTables.NA;
        }
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
