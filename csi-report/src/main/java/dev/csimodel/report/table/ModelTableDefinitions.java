package dev.csimodel.report.table;

import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.HigherOrderEntry;
import dev.csimodel.report.ModerationEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.csimodel.report.table.Cell.coefficient;
import static dev.csimodel.report.table.Cell.number;
import static dev.csimodel.report.table.Cell.text;

/**
 * The table definitions of the sections a model's shape adds: higher-order constructs (their
 * dimensions and quality) and interaction terms (the moderation analysis, its simple
 * slopes and, with a bootstrap, the floodlight and the Johnson-Neyman points). Listed in {@link EstimationTables}' definitions.
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

    /**
     * One table per interaction with a floodlight (with {@code --bootstrap}): the slope of the
     * independent at each moderator level from −3 to +3 SD with its bootstrap SE and interval, id
     * {@code floodlight-k} for the k-th interaction (model order); the note gives its Johnson-Neyman points.
     */
    static List<Table> floodlights(EstimationReport r) {
        ModerationEntry m = r.moderation();
        List<Table> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        for (int k = 0; k < m.interactions().size(); k++) {
            ModerationEntry.InteractionEntry e = m.interactions().get(k);
            if (e.floodlight() == null) {
                continue;
            }
            Table.Builder t = Table.builder("floodlight-" + (k + 1), "Floodlight of " + e.independent() + " → "
                    + e.target() + " by " + e.moderator() + " (" + e.term() + ")", "moderator level (SD)", "slope",
                    "SE", "CI low", "CI high");
            for (ModerationEntry.SlopeEntry s : e.floodlight()) {
                t.row(number(s.level(), 1), coefficient(s.slope()), coefficient(s.stdError()), coefficient(s.lower()),
                        coefficient(s.upper()));
            }
            t.note("slope of " + e.independent() + " on " + e.target() + " at " + e.moderator() + " levels in SD from "
                    + "its mean; SE and interval from the bootstrap (n/a where withheld); "
                    + johnsonNeymanLine(e));
            out.add(t.build());
        }
        return out;
    }

    /** The Johnson-Neyman sentence of a note, points with two decimals as the text report gives them. */
    private static String johnsonNeymanLine(ModerationEntry.InteractionEntry e) {
        if (e.johnsonNeyman() == null) {
            return "Johnson-Neyman n/a";
        }
        String points = e.johnsonNeyman().stream().map(v -> String.format(Locale.ROOT, "%.2f", v))
                .collect(Collectors.joining(", "));
        return "Johnson-Neyman: " + (points.isEmpty() ? "significance does not change between -3 and +3 SD"
                : "significance changes at " + points + " SD");
    }

    /**
     * The Johnson-Neyman points of every interaction with a floodlight: one row per point, with
     * whether the slope's interval above it excludes 0; an interaction whose significance never
     * changes has one row with the level absent.
     */
    static Optional<Table> johnsonNeyman(EstimationReport r) {
        ModerationEntry m = r.moderation();
        if (m == null || m.interactions().stream().allMatch(e -> e.johnsonNeyman() == null)) {
            return Optional.empty();
        }
        Table.Builder t = Table.builder("johnson-neyman", "Johnson-Neyman points", "term", "target", "moderator",
                "level (SD)", "interval above");
        for (ModerationEntry.InteractionEntry e : m.interactions()) {
            if (e.johnsonNeyman() == null) {
                continue;
            }
            if (e.johnsonNeyman().isEmpty()) {
                t.row(text(e.term()), text(e.target()), text(e.moderator()), new Cell.Absent(), text(Cell.NA));
            }
            for (double level : e.johnsonNeyman()) {
                t.row(text(e.term()), text(e.target()), text(e.moderator()), number(level, 2),
                        text(intervalAbove(e, level)));
            }
        }
        return Optional.of(t.note("level: where the slope's bootstrap interval starts or stops excluding 0, "
                + "interpolated between floodlight levels; n/a: the significance does not change between -3 and "
                + "+3 SD").build());
    }

    /** @return whether the floodlight interval at the first level above {@code level} excludes 0 */
    private static String intervalAbove(ModerationEntry.InteractionEntry e, double level) {
        for (ModerationEntry.SlopeEntry s : e.floodlight() == null ? List.<ModerationEntry.SlopeEntry>of()
                : e.floodlight()) {
            if (s.level() > level) {
                if (s.lower() == null || s.upper() == null) {
                    return Cell.NA;
                }
                return s.lower() > 0 || s.upper() < 0 ? "excludes 0" : "includes 0";
            }
        }
        return Cell.NA;
    }
}
