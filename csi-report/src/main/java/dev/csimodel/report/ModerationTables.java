package dev.csimodel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static dev.csimodel.report.ReportTables.fmt;

/** The text and HTML sections of a moderation analysis: interaction effects and simple slopes. */
final class ModerationTables {

    private ModerationTables() {
    }

    static List<ReportTables.Section> sections(ModerationEntry m) {
        List<ReportTables.Section> out = new ArrayList<>();
        ReportTable effects = new ReportTable(2, "interaction", "target", "standardised", "seminr", "scale a");
        for (ModerationEntry.InteractionEntry e : m.interactions()) {
            effects.row(e.term(), e.target(), fmt(e.coefficient()), fmt(e.seminrCoefficient()), fmt(e.scaleFactor()));
        }
        out.add(new ReportTables.Section("Interaction effects (" + m.method() + ")", effects,
                "standardised: all scores with unit variance; seminr: divided by the scale factor a of the interaction"
                        + " score, as seminr 2.3.4 reports it (the slope change per SD of the moderator)"));
        ReportTable slopes = new ReportTable(2, "effect", "moderator at", "slope", "SE", "lower", "upper");
        for (ModerationEntry.InteractionEntry e : m.interactions()) {
            for (ModerationEntry.SlopeEntry s : e.slopes()) {
                slopes.row(e.independent() + " -> " + e.target(), level(e.moderator(), s.level()),
                        fmt(s.slope()), fmt(s.stdError()), fmt(s.lower()), fmt(s.upper()));
            }
        }
        out.add(new ReportTables.Section("Simple slopes", slopes, "slope of the independent construct at the"
                + " moderator's mean and +/- 1 SD; SE and interval from the bootstrap (with --bootstrap)"
                + johnsonNeyman(m)));
        return out;
    }

    private static String level(String moderator, double level) {
        return level == 0 ? moderator + " mean" : String.format(Locale.ROOT, "%s %+.0f SD", moderator, level);
    }

    private static String johnsonNeyman(ModerationEntry m) {
        StringBuilder b = new StringBuilder();
        for (ModerationEntry.InteractionEntry e : m.interactions()) {
            if (e.johnsonNeyman() == null) {
                continue;
            }
            String points = e.johnsonNeyman().stream().map(v -> String.format(Locale.ROOT, "%.2f", v))
                    .collect(Collectors.joining(", "));
            b.append("; Johnson-Neyman (").append(e.term()).append(" -> ").append(e.target()).append("): ")
                    .append(points.isEmpty() ? "significance does not change between -3 and +3 SD"
                            : "significance changes at " + points + " SD");
        }
        return b.toString();
    }
}
