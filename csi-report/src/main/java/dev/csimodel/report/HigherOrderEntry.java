package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.csimodel.hierarchy.HigherOrderMeasurement;
import dev.csimodel.hierarchy.HigherOrderResult;

import java.util.List;
import java.util.Locale;

/**
 * The higher-order part of a report (Sarstedt et al. 2019: the lower-order constructs taken as
 * the higher-order construct's indicators, and the lower level as in any model).
 *
 * @param method     {@code repeated}, {@code embedded} or {@code disjoint}
 * @param constructs the higher-order constructs, declaration order
 * @param firstStage the report of stage 1 (the repeated-indicators run, or the run without the
 *                   higher-order constructs): the dimensions' reliability, validity and items;
 *                   absent for repeated indicators, whose single run is the report itself
 */
public record HigherOrderEntry(String method, List<Construct> constructs,
                               @JsonInclude(JsonInclude.Include.NON_NULL) EstimationReport firstStage) {

    /**
     * Validates the components.
     *
     * @param method {@code repeated}, {@code embedded} or {@code disjoint}
     * @param constructs the higher-order constructs, declaration order
     * @param firstStage the report of stage 1 (the repeated-indicators run, or the run without the higher-order constructs): the dimensions' reliability, validity and items; absent for repeated indicators, whose single run is the report itself
     */
    public HigherOrderEntry {
        constructs = List.copyOf(constructs);
    }

    /**
     * One higher-order construct on its dimensions; null numbers do not apply (Mode B has no
     * reliability; repeated indicators no weights nor rhoA).
     *
     * @param fornellLarcker whether √AVE exceeds its correlation with every other construct
     */
    public record Construct(String name, String mode, List<Dimension> dimensions, Double alpha, Double rhoC,
                            Double ave, Double rhoA, Double sqrtAve, Boolean fornellLarcker) {
        /**
         * Validates the components.
         *
         * @param fornellLarcker whether √AVE exceeds its correlation with every other construct
         * @param alpha Cronbach's alpha over the dimensions; null for Mode B
         * @param ave average variance extracted; null for Mode B
         * @param dimensions its dimensions, declaration order
         * @param mode its measurement mode on the dimensions (A or B)
         * @param name the higher-order construct
         * @param rhoA Dijkstra-Henseler rho_A; null for Mode B and repeated indicators
         * @param rhoC composite reliability; null for Mode B
         * @param sqrtAve the square root of the AVE; null for Mode B
         */
        public Construct {
            dimensions = List.copyOf(dimensions);
        }
    }

    /** A dimension as an indicator of its higher-order construct. */
    public record Dimension(String name, double loading, Double weight, Double vif) {
    }

    /**
     * @param firstStage the stage-1 report, or null for repeated indicators
     * @param result the higher-order estimate
     * @return the entry of {@code result}
     */
    public static HigherOrderEntry of(HigherOrderResult result, EstimationReport firstStage) {
        String method = switch (result.method()) {
            case REPEATED_INDICATORS -> "repeated";
            case EMBEDDED_TWO_STAGE -> "embedded";
            case DISJOINT_TWO_STAGE -> "disjoint";
        };
        return new HigherOrderEntry(method, result.measurements().stream().map(HigherOrderEntry::construct).toList(),
                firstStage);
    }

    private static Construct construct(HigherOrderMeasurement m) {
        List<Dimension> dims = m.dimensions().stream().map(d -> new Dimension(d, m.loading(d),
                ReportBuilder.number(m.weight(d)), ReportBuilder.number(m.vif(d)))).toList();
        return new Construct(m.construct(), m.mode().name(), dims, ReportBuilder.number(m.alpha()),
                ReportBuilder.number(m.rhoC()), ReportBuilder.number(m.ave()), ReportBuilder.number(m.rhoA()),
                ReportBuilder.number(m.sqrtAve()), m.fornellLarckerHolds().orElse(null));
    }

    /** The text and HTML sections of the higher-order part. */
    static List<ReportTables.Section> sections(HigherOrderEntry h) {
        ReportTable rel = new ReportTable(2, "construct", "mode", "alpha", "rhoC", "AVE", "rhoA", "sqrt(AVE)", "F-L");
        ReportTable dims = new ReportTable(2, "construct", "dimension", "loading", "weight", "VIF");
        for (Construct c : h.constructs()) {
            rel.row(c.name(), c.mode(), fmt(c.alpha()), fmt(c.rhoC()), fmt(c.ave()), fmt(c.rhoA()), fmt(c.sqrtAve()),
                    c.fornellLarcker() == null ? ReportTables.NA : c.fornellLarcker() ? "holds" : "fails !");
            for (Dimension d : c.dimensions()) {
                dims.row(c.name(), d.name(), fmt(d.loading()), fmt(d.weight()), fmt(d.vif()));
            }
        }
        String how = "Higher-order constructs (" + h.method() + (h.method().equals("repeated") ? " indicators" : " two-stage")
                + " approach)";
        return List.of(new ReportTables.Section(how + ": dimensions as indicators", dims,
                        "loading = correlation of the dimension's score with the higher-order construct's score"),
                new ReportTables.Section(how + ": reliability and validity", rel,
                        "from the dimensions' loadings and score correlations (Sarstedt et al. 2019); F-L = Fornell-Larcker:"
                                + " sqrt(AVE) above the correlation with every other construct"));
    }

    private static String fmt(Double v) {
        return ReportTables.fmt(v);
    }
}
