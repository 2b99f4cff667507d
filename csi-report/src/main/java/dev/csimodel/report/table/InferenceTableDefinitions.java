package dev.csimodel.report.table;

import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.InferenceEntry;
import dev.csimodel.report.MissingDataEntry;

import java.util.List;
import java.util.Optional;

import static dev.csimodel.report.table.Cell.coefficient;
import static dev.csimodel.report.table.Cell.number;
import static dev.csimodel.report.table.Cell.p;
import static dev.csimodel.report.table.Cell.text;

/**
 * The table definitions of the sections that appear only when an option asks for them:
 * specific indirect effects, HTMT inference and multi-group tests (with {@code --bootstrap},
 * {@code --mga}), missing values (with a missing-value strategy) and diagnostics. Listed in
 * {@link EstimationTables}' definitions.
 */
final class InferenceTableDefinitions {

    private InferenceTableDefinitions() {
    }

    /** Every specific indirect effect (route), with its bootstrap inference when there is one. */
    static Optional<Table> specificIndirect(EstimationReport r) {
        List<InferenceEntry.SpecificIndirectEntry> effects = r.inferenceOrEmpty().specificIndirect();
        if (effects == null || effects.isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("specific-indirect", "Specific indirect effects", "from", "through", "to",
                "estimate", "SE", "t", "p", "percentile low", "percentile high", "BCa low", "BCa high", "direct",
                "mediation");
        for (InferenceEntry.SpecificIndirectEntry e : effects) {
            t.row(text(e.from()), text(String.join(" → ", e.through())), text(e.to()), coefficient(e.estimate()),
                    coefficient(e.bootStdError()), number(e.bootTValue(), 2), p(e.bootPValue()),
                    coefficient(e.percentileLower()), coefficient(e.percentileUpper()), coefficient(e.bcaLower()),
                    coefficient(e.bcaUpper()), coefficient(e.direct()), text(e.type() == null ? "n/a" : e.type()));
        }
        return Optional.of(t.note("Indirect effect: the product of the path coefficients along the route; SE, t, p "
                + "and 95% intervals from the bootstrap; mediation type after Zhao, Lynch and Chen (2010)").build());
    }

    /** The one-sided 95% bootstrap upper bound of every HTMT. */
    static Optional<Table> htmtInference(EstimationReport r) {
        List<InferenceEntry.HtmtInferenceEntry> entries = r.inferenceOrEmpty().htmtInference();
        if (entries == null || entries.isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("htmt-inference", "HTMT inference (bootstrap)", "construct", "construct",
                "HTMT", "upper 95%", "below 0.85", "below 0.90");
        for (InferenceEntry.HtmtInferenceEntry e : entries) {
            t.row(text(e.a()), text(e.b()), coefficient(e.value()), coefficient(e.upper95()),
                    text(e.upper95() == null ? "n/a" : e.below085() ? "yes" : "no"),
                    text(e.upper95() == null ? "n/a" : e.below090() ? "yes" : "no"));
        }
        return Optional.of(t.note("upper 95%: one-sided bootstrap percentile bound (Henseler et al. 2015)").build());
    }

    /** Each path compared between each pair of groups (PLS-MGA, parametric and Welch tests). */
    static Optional<Table> groupTests(EstimationReport r) {
        List<InferenceEntry.GroupTestEntry> tests = r.inferenceOrEmpty().groupTests();
        if (tests == null || tests.isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("group-tests", "Multi-group tests (bootstrap)", "group A", "group B", "from",
                "to", "estimate A", "estimate B", "difference", "p (PLS-MGA)", "t (parametric)", "p (parametric)",
                "t (Welch)", "df (Welch)", "p (Welch)");
        for (InferenceEntry.GroupTestEntry e : tests) {
            t.row(text(e.groupA()), text(e.groupB()), text(e.from()), text(e.to()), coefficient(e.estimateA()),
                    coefficient(e.estimateB()), coefficient(e.difference()), p(e.henselerP()),
                    number(e.parametricT(), 2), p(e.parametricP()), number(e.welchT(), 2), number(e.welchDf(), 1),
                    p(e.welchP()));
        }
        return Optional.of(t.note("PLS-MGA after Henseler et al. (2009); parametric test with pooled variances; "
                + "Welch-Satterthwaite test with unequal variances").build());
    }

    /** Missing values per indicator and what replaced them. */
    static Optional<Table> missing(EstimationReport r) {
        MissingDataEntry m = r.missingData();
        if (m == null) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("missing", "Missing values (" + m.strategy() + ")", "indicator", "missing",
                "share", "replaced by");
        for (MissingDataEntry.IndicatorMissingEntry i : m.indicators()) {
            t.row(text(i.name()), Cell.count(i.missing()),
                    m.rows() == 0 ? new Cell.Absent() : number((double) i.missing() / m.rows(), 3),
                    coefficient(i.replacement()));
        }
        return Optional.of(t.note(m.completeRows() + " of " + m.rows() + " rows complete, " + m.missing()
                + " missing values; share of the rows").build());
    }

    /** The findings about the estimate (inadmissible values, warnings). */
    static Optional<Table> diagnostics(EstimationReport r) {
        if (r.diagnostics().isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("diagnostics", "Diagnostics", "severity", "kind", "finding");
        for (DiagnosticEntry d : r.diagnostics()) {
            t.row(text(d.inadmissible() ? "inadmissible" : "warning"), text(d.kind()), text(d.message()));
        }
        return Optional.of(t.build());
    }
}
