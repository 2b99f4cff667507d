package dev.csimodel.report.table;

import dev.csimodel.report.ConstructEntry;
import dev.csimodel.report.EffectEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.FitEntry;
import dev.csimodel.report.HtmtEntry;
import dev.csimodel.report.IndicatorEntry;
import dev.csimodel.report.IpmaDriverEntry;
import dev.csimodel.report.IpmaEntry;
import dev.csimodel.report.IpmaIndicatorEntry;
import dev.csimodel.report.PathEntry;
import dev.csimodel.report.PriorityEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.csimodel.report.table.Cell.coefficient;
import static dev.csimodel.report.table.Cell.number;
import static dev.csimodel.report.table.Cell.p;
import static dev.csimodel.report.table.Cell.text;

/**
 * The tables of one estimate for papers and spreadsheets, each defined once here from the
 * {@link EstimationReport} and written by every table format. A new section is one method
 * returning its table (empty when it does not apply), or its tables, and one line in {@link #DEFINITIONS}.
 */
public final class EstimationTables {

    /** The table definitions, in reading order: each gives the tables of one section (none when it does not apply). */
    private static final List<Function<EstimationReport, List<Table>>> DEFINITIONS = List.of(
            one(EstimationTables::paths),
            one(EstimationTables::constructs),
            one(EstimationTables::reliability),
            one(EstimationTables::indicators),
            one(EstimationTables::htmt),
            one(EstimationTables::effects),
            one(EstimationTables::indices),
            one(EstimationTables::priorities),
            one(EstimationTables::indicatorImpacts),
            one(NecessityTableDefinitions::effects),
            one(NecessityTableDefinitions::bottleneckCeFdh),
            one(NecessityTableDefinitions::bottleneckCrFdh),
            one(NecessityTableDefinitions::cipma),
            one(ModelTableDefinitions::higherOrderDimensions),
            one(ModelTableDefinitions::higherOrderQuality),
            one(ModelTableDefinitions::interactions),
            one(ModelTableDefinitions::simpleSlopes),
            ModelTableDefinitions::floodlights,
            one(ModelTableDefinitions::johnsonNeyman),
            one(InferenceTableDefinitions::specificIndirect),
            one(InferenceTableDefinitions::htmtInference),
            one(InferenceTableDefinitions::groupTests),
            one(SegmentTableDefinitions::sideBySide),
            one(SegmentTableDefinitions::tests),
            one(EstimationTables::fit),
            one(InferenceTableDefinitions::missing),
            one(InferenceTableDefinitions::diagnostics));

    private EstimationTables() {
    }

    /**
     * @param r the report
     * @return the tables of {@code r} that apply to it, in reading order
     */
    public static List<Table> of(EstimationReport r) {
        List<Table> out = new ArrayList<>();
        for (Function<EstimationReport, List<Table>> definition : DEFINITIONS) {
            out.addAll(definition.apply(r));
        }
        return out;
    }

    /** @return the definition of a section of at most one table as one of a list of tables */
    private static Function<EstimationReport, List<Table>> one(Function<EstimationReport, Optional<Table>> definition) {
        return r -> definition.apply(r).stream().toList();
    }

    /** The header of the adjusted p-values, as the text report names them. */
    private static final String P_ADJUSTED = "p adj.";

    private static final String STARS = "*** p < 0.001, ** p < 0.01, * p < 0.05";

    /**
     * Paths with OLS or, when bootstrapped, bootstrap standard errors and the confidence interval;
     * with {@code --p-adjust} a column "p adj." of the adjusted p-values after "sig." (absent otherwise).
     */
    static Optional<Table> paths(EstimationReport r) {
        if (r.paths().isEmpty()) {
            return Optional.empty();
        }
        boolean boot = r.bootstrapped();
        String adjustment = r.inference() == null ? null : r.inference().pAdjustment();
        List<String> columns = new ArrayList<>(boot
                ? List.of("from", "to", "estimate", "boot mean", "SE", "t", "p", "sig.", "CI low", "CI high")
                : List.of("from", "to", "estimate", "SE", "t", "p", "sig."));
        int adjustedAt = columns.indexOf("sig.") + 1;
        if (adjustment != null) {
            columns.add(adjustedAt, P_ADJUSTED);
        }
        columns.addAll(List.of("f²", "VIF"));
        Table.Builder t = Table.builder("paths", "Path coefficients", columns.toArray(String[]::new));
        for (PathEntry e : r.paths()) {
            List<Cell> row = new ArrayList<>(boot
                    ? List.of(text(e.from()), text(e.to()), coefficient(e.estimate()), coefficient(e.bootMean()),
                    coefficient(e.bootStdError()), number(e.bootTValue(), 2), p(e.bootPValue()),
                    text(stars(e.bootPValue())), coefficient(e.ciLower()), coefficient(e.ciUpper()))
                    : List.of(text(e.from()), text(e.to()), coefficient(e.estimate()), coefficient(e.stdError()),
                    number(e.tValue(), 2), p(e.pValue()), text(stars(e.pValue()))));
            if (adjustment != null) {
                row.add(adjustedAt, p(e.pAdjusted()));
            }
            row.addAll(List.of(coefficient(e.f2()), coefficient(e.vif())));
            t.row(row.toArray(Cell[]::new));
        }
        String source = boot ? "SE, t and p from the bootstrap (" + r.settings().bootstrap() + " samples, seed "
                + r.settings().seed() + "), CI the 95% " + r.settings().interval() + " interval"
                : r.settings().consistent() || r.settings().gsca() ? "SE, t and p n/a without the bootstrap"
                : "SE, t and p of the OLS regressions of the construct scores";
        String adjusted = adjustment == null ? "" : "; " + P_ADJUSTED + ": p adjusted (" + adjustment + ") over all "
                + r.paths().size() + " paths, the stars are those of the unadjusted p";
        return Optional.of(t.note(source + adjusted + "; " + STARS).build());
    }

    /** R² and adjusted R² of each construct (absent for exogenous ones), with its mode. */
    static Optional<Table> constructs(EstimationReport r) {
        Table.Builder t = Table.builder("constructs", "Constructs and R²", "construct", "mode", "type", "R²",
                "adj. R²", "communality", "redundancy");
        for (ConstructEntry c : r.constructs()) {
            t.row(text(c.name()), text(c.mode()), text(c.type()), coefficient(c.r2()), coefficient(c.r2Adjusted()),
                    coefficient(c.communality()), coefficient(c.redundancy()));
        }
        return Optional.of(t.build());
    }

    /** Internal consistency and convergent validity; absent for GSCA, which has none. */
    static Optional<Table> reliability(EstimationReport r) {
        if (r.settings().gsca()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("reliability", "Reliability and convergent validity", "construct", "alpha",
                "rhoC", "rhoA", "AVE");
        for (ConstructEntry c : r.constructs()) {
            t.row(text(c.name()), coefficient(c.cronbachAlpha()), coefficient(c.rhoC()), coefficient(c.rhoA()),
                    coefficient(c.ave()));
        }
        return Optional.of(t.note("alpha: Cronbach's alpha; rhoC: composite reliability (Jöreskog); rhoA: Dijkstra-"
                + "Henseler; AVE: average variance extracted. Usual ranges: 0.70 ≤ alpha, rhoC, rhoA ≤ 0.95; AVE ≥ 0.50").build());
    }

    /** Outer weights and loadings. */
    static Optional<Table> indicators(EstimationReport r) {
        Table.Builder t = Table.builder("indicators", "Outer weights and loadings", "construct", "indicator", "weight",
                "loading", "communality", "VIF");
        for (IndicatorEntry i : r.indicators()) {
            t.row(text(i.construct()), text(i.name()), coefficient(i.weight()), coefficient(i.loading()),
                    coefficient(i.communality()), coefficient(i.vif()));
        }
        return Optional.of(t.note("Usual thresholds: loading ≥ 0.708, VIF < 5").build());
    }

    /** Heterotrait-monotrait ratios; absent for GSCA or a single construct. */
    static Optional<Table> htmt(EstimationReport r) {
        if (r.htmt().isEmpty() || r.settings().gsca()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("htmt", "Discriminant validity (HTMT)", "construct", "construct", "HTMT",
                "HTMT2");
        for (HtmtEntry h : r.htmt()) {
            t.row(text(h.a()), text(h.b()), coefficient(h.value()), coefficient(h.htmt2()));
        }
        return Optional.of(t.note("HTMT from " + r.settings().htmtCorrelations() + " indicator correlations, HTMT2 "
                + "from geometric means (Henseler et al. 2015; Roemer et al. 2021); usual threshold HTMT < 0.85 or 0.90").build());
    }

    /** Direct, indirect and total effects. */
    static Optional<Table> effects(EstimationReport r) {
        if (r.effects().isEmpty() || r.settings().gsca()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("effects", "Direct, indirect and total effects", "from", "to", "direct",
                "indirect", "total");
        for (EffectEntry e : r.effects()) {
            t.row(text(e.from()), text(e.to()), coefficient(e.direct()), coefficient(e.indirect()), coefficient(e.total()));
        }
        return Optional.of(t.build());
    }

    /** The 0-100 indices, with their bootstrap SE and interval when there are some; needs a scale. */
    static Optional<Table> indices(EstimationReport r) {
        if (!r.indexed()) {
            return Optional.empty();
        }
        boolean boot = r.constructs().stream().anyMatch(ConstructEntry::indexBootstrapped);
        Table.Builder t = boot ? Table.builder("indices", "Indices (0-100)", "construct", "index", "SE", "CI low", "CI high")
                : Table.builder("indices", "Indices (0-100)", "construct", "index");
        for (ConstructEntry c : r.constructs()) {
            if (boot) {
                t.row(text(c.name()), number(c.index(), 1), number(c.indexStdError(), 2), number(c.indexCiLower(), 1),
                        number(c.indexCiUpper(), 1));
            } else {
                t.row(text(c.name()), number(c.index(), 1));
            }
        }
        return Optional.of(t.note("Index: the construct's indicators rescaled from the questionnaire scale "
                + r.settings().scaleMin() + " to " + r.settings().scaleMax() + " onto 0-100, weighted by the outer "
                + "weights rescaled to sum to 1 (Fornell et al. 1996)").build());
    }

    /** The importance-performance priority list ("what to fix first"). */
    static Optional<Table> priorities(EstimationReport r) {
        IpmaEntry ipma = r.ipma();
        if (ipma == null) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("priorities", "Importance-performance map of " + ipma.target()
                + ": drivers by impact", "rank", "driver", "impact", "performance", "importance", "quadrant");
        for (PriorityEntry e : ipma.priorities()) {
            IpmaDriverEntry d = ipma.drivers().stream().filter(x -> x.name().equals(e.name())).findFirst().orElseThrow();
            t.row(Cell.count(e.rank()), text(e.name()), number(e.impact(), 2), number(e.performance(), 1),
                    coefficient(d.importance()), text(d.quadrant()));
        }
        return Optional.of(t.note("impact: change in the " + ipma.target() + " index for a "
                + Cell.number(ipma.impactPoints(), 0).shown() + "-point increase in the driver's index; importance: "
                + "unstandardised total effect; quadrants A advantage, B repair, C opportunity, D maintain "
                + "(Ringle and Sarstedt 2016)").build());
    }

    /** The indicators' impacts on the IPMA target. */
    static Optional<Table> indicatorImpacts(EstimationReport r) {
        IpmaEntry ipma = r.ipma();
        if (ipma == null || ipma.indicators().isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("indicator-impacts", "Indicator impacts on " + ipma.target(), "indicator",
                "construct", "weight", "importance", "impact", "performance");
        for (IpmaIndicatorEntry i : ipma.indicators()) {
            t.row(text(i.name()), text(i.construct()), coefficient(i.weight()), coefficient(i.importance()),
                    number(i.impact(), 2), number(i.performance(), 1));
        }
        return Optional.of(t.note("weight: the indicator's index weight in its construct (a block's weights sum to 1)").build());
    }

    /** GoF and, when computed, SRMR, d_ULS and d_G of the saturated and the estimated model. */
    static Optional<Table> fit(EstimationReport r) {
        FitEntry f = r.fit();
        if (r.gof() == null && f == null) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("fit", "Model fit", "criterion", "saturated model", "estimated model");
        if (f != null) {
            t.row(text("SRMR"), coefficient(f.srmrSaturated()), coefficient(f.srmrEstimated()));
            t.row(text("d_ULS"), coefficient(f.dUlsSaturated()), coefficient(f.dUlsEstimated()));
            t.row(text("d_G"), coefficient(f.dGSaturated()), coefficient(f.dGEstimated()));
        }
        t.row(text("GoF"), new Cell.Absent(), coefficient(r.gof()));
        return Optional.of(t.note("SRMR below 0.08 is usually read as a good fit (Hu and Bentler 1999); "
                + "GoF after Tenenhaus et al. (2004)").build());
    }

    /** @return the significance stars of a p-value, empty if none or absent */
    static String stars(Double p) {
        if (p == null) {
            return "";
        }
        return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
    }
}
