package dev.csimodel.report;

import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.moderation.InteractionEffect;
import dev.csimodel.moderation.InteractionMethod;
import dev.csimodel.moderation.ModerationResult;
import dev.csimodel.moderation.SimpleSlope;
import dev.csimodel.moderation.SimpleSlopes;
import dev.csimodel.moderation.SlopeAnalysisResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.csimodel.report.ReportBuilder.number;

/**
 * The report of a study of a model with interaction terms: the usual tables of the augmented
 * model (the interaction as a construct {@code A:B}), the interaction effects and simple slopes,
 * and with a bootstrap the bootstrap of the paths, the slopes' intervals, the floodlight and the
 * Johnson-Neyman points.
 */
final class ModerationSection {

    private ModerationSection() {
    }

    /** @return the report of {@code result}, whose moderation estimate is present */
    static EstimationReport report(StudyResult result, ReportSettings settings) {
        ModerationResult fit = result.moderation().orElseThrow();
        String method = label(result.study().interaction().method());
        EstimationReport report = ReportBuilder.of(fit.fit(), settings, Optional.empty())
                .withModeration(entry(method, fit, result.slopes()));
        if (result.slopes().isEmpty()) {
            return report;
        }
        return BootstrapSection.attach(report, result.slopes().get().bootstrap(),
                result.study().bootstrap().orElseThrow().interval()).withDiagnostics(StudyReport.entries(result.warnings()));
    }

    /** @return seminr's name of {@code method} with hyphens ({@code two-stage}, {@code product-indicator}, {@code orthogonal}) */
    static String label(InteractionMethod method) {
        return method.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ModerationEntry entry(String method, ModerationResult fit, Optional<SlopeAnalysisResult> slopes) {
        List<ModerationEntry.InteractionEntry> out = new ArrayList<>();
        for (InteractionEffect e : fit.interactionEffects()) {
            String x = e.term().first();
            String m = e.term().second();
            double bx = fit.pathCoefficient(x, e.target());
            double k = e.term().isQuadratic() ? 2 : 1;
            List<ModerationEntry.SlopeEntry> classic = new ArrayList<>();
            List<ModerationEntry.SlopeEntry> floodlight = null;
            List<Double> jn = null;
            if (slopes.isEmpty()) {
                for (double level : new double[] {-1, 0, 1}) {
                    classic.add(new ModerationEntry.SlopeEntry(level, number(bx + k * e.seminrCoefficient() * level),
                            null, null, null));
                }
            } else {
                SimpleSlopes s = slopes.get().slopes(e.term().name(), e.target());
                List.of(s.low(), s.mean(), s.high()).forEach(v -> classic.add(slope(v)));
                floodlight = s.floodlight().stream().map(ModerationSection::slope).toList();
                jn = s.johnsonNeyman();
            }
            out.add(new ModerationEntry.InteractionEntry(e.term().name(), e.target(), x, m, number(e.coefficient()),
                    number(e.seminrCoefficient()), number(e.scaleFactor()), number(bx),
                    number(fit.pathCoefficient(m, e.target())), e.term().isQuadratic(), classic, floodlight, jn));
        }
        return new ModerationEntry(method, out);
    }

    private static ModerationEntry.SlopeEntry slope(SimpleSlope s) {
        return new ModerationEntry.SlopeEntry(s.level(), number(s.slope()), number(s.stdError()),
                s.interval().map(i -> number(i.lower())).orElse(null), s.interval().map(i -> number(i.upper())).orElse(null));
    }
}
