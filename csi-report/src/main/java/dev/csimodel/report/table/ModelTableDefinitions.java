package dev.csimodel.report.table;

import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.HigherOrderEntry;
import dev.csimodel.report.ModerationEntry;

import java.util.Optional;

import static dev.csimodel.report.table.Cell.coefficient;
import static dev.csimodel.report.table.Cell.number;
import static dev.csimodel.report.table.Cell.text;

/**
 * The table definitions of the sections a model's shape adds: higher-order constructs (their
 * dimensions and quality) and interaction terms (the moderation analysis and its simple
 * slopes). Listed in {@link EstimationTables}' definitions.
 */
final class ModelTableDefinitions {

    private ModelTableDefinitions() {
    }

    /** Each higher-order construct's dimensions with their loadings, weights and VIF. */
    static Optional<Table> higherOrderDimensions(EstimationReport r) {
        HigherOrderEntry h = r.higherOrder();
        if (h == null) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("hoc-dimensions", "Higher-order constructs (" + h.method() + "): dimensions",
                "construct", "dimension", "loading", "weight", "VIF");
        for (HigherOrderEntry.Construct c : h.constructs()) {
            for (HigherOrderEntry.Dimension d : c.dimensions()) {
                t.row(text(c.name()), text(d.name()), coefficient(d.loading()), coefficient(d.weight()),
                        coefficient(d.vif()));
            }
        }
        return Optional.of(t.build());
    }

    /** Reliability and validity of each higher-order construct on its dimensions. */
    static Optional<Table> higherOrderQuality(EstimationReport r) {
        HigherOrderEntry h = r.higherOrder();
        if (h == null) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("hoc-reliability", "Higher-order constructs (" + h.method()
                + "): reliability and validity", "construct", "mode", "alpha", "rhoC", "rhoA", "AVE", "√AVE",
                "Fornell-Larcker");
        for (HigherOrderEntry.Construct c : h.constructs()) {
            t.row(text(c.name()), text(c.mode()), coefficient(c.alpha()), coefficient(c.rhoC()), coefficient(c.rhoA()),
                    coefficient(c.ave()), coefficient(c.sqrtAve()),
                    text(c.fornellLarcker() == null ? "n/a" : c.fornellLarcker() ? "yes" : "no"));
        }
        return Optional.of(t.note("Fornell-Larcker: √AVE exceeds the construct's correlation with every other one")
                .build());
    }

    /** Each interaction term's path, with the paths of its independent and moderator. */
    static Optional<Table> interactions(EstimationReport r) {
        ModerationEntry m = r.moderation();
        if (m == null || m.interactions().isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("interactions", "Interaction effects (" + m.method() + ")", "term", "target",
                "coefficient", "seminr coefficient", "independent path", "moderator path");
        for (ModerationEntry.InteractionEntry e : m.interactions()) {
            t.row(text(e.term()), text(e.target()), coefficient(e.coefficient()), coefficient(e.seminrCoefficient()),
                    coefficient(e.independentCoefficient()), coefficient(e.moderatorCoefficient()));
        }
        return Optional.of(t.note("seminr coefficient: the standardised coefficient divided by seminr's scale factor "
                + "of the interaction score").build());
    }

    /** The slope of each independent at −1, 0 and +1 SD of its moderator. */
    static Optional<Table> simpleSlopes(EstimationReport r) {
        ModerationEntry m = r.moderation();
        if (m == null || m.interactions().isEmpty()) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("simple-slopes", "Simple slopes", "term", "target", "moderator level (SD)",
                "slope", "SE", "CI low", "CI high");
        for (ModerationEntry.InteractionEntry e : m.interactions()) {
            for (ModerationEntry.SlopeEntry s : e.slopes()) {
                t.row(text(e.term()), text(e.target()), number(s.level(), 0), coefficient(s.slope()),
                        coefficient(s.stdError()), coefficient(s.lower()), coefficient(s.upper()));
            }
        }
        return Optional.of(t.note("SE and interval from the bootstrap (n/a without --bootstrap)").build());
    }
}
