package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.analysis.study.StudyWarning;
import dev.csimodel.report.BootstrapSection;
import dev.csimodel.report.StudyReport;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.moderation.InteractionEffect;
import dev.csimodel.moderation.ModerationEstimator;
import dev.csimodel.moderation.ModerationResult;
import dev.csimodel.moderation.ModerationSettings;
import dev.csimodel.moderation.SimpleSlope;
import dev.csimodel.moderation.SimpleSlopes;
import dev.csimodel.moderation.SlopeAnalysis;
import dev.csimodel.moderation.SlopeAnalysisResult;
import dev.csimodel.moderation.SlopeSettings;
import dev.csimodel.report.EstimationReport;
import dev.csimodel.report.ModerationEntry;
import dev.csimodel.report.ReportBuilder;
import dev.csimodel.report.ReportSettings;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.csimodel.report.ReportBuilder.number;

/**
 * {@code csi estimate} of a model with interaction terms: the moderation estimate by the
 * {@code --interaction} method, the usual tables of the augmented model (the interaction as a
 * construct {@code A:B}), the interaction effects and simple slopes, and with {@code --bootstrap}
 * the bootstrap of the paths, the slopes' intervals, the floodlight and Johnson-Neyman points.
 */
final class ModerationReporting {

    private final Console console;
    private final Estimation run;
    private final BootstrapOptions bootstrap;
    private final long seed;
    private final InteractionOption method;

    ModerationReporting(Console console, Estimation run, BootstrapOptions bootstrap, long seed, InteractionOption method) {
        this.console = console;
        this.run = run;
        this.bootstrap = bootstrap;
        this.seed = seed;
        this.method = method;
    }

    /**
     * Refuses the options the moderation estimate does not support yet, naming them.
     *
     * @throws CsiSpecificationException naming the option and the model's first interaction path
     */
    static void requireSupported(PathModel model, boolean streaming, boolean consistent, boolean grouped,
                                 boolean weighted, boolean scaled) {
        String term = model.interactionPaths().get(0).toString();
        String option = streaming ? "--streaming" : consistent ? "--consistent" : grouped ? "--group"
                : weighted ? "--weights" : scaled ? "--scale" : null;
        if (option == null) {
            return;
        }
        String why = streaming ? "its indicators are products of item or construct scores, which need the rows"
                : consistent ? "consistent PLS of interaction constructs is not supported"
                : grouped ? "segment estimates of interaction models are not supported"
                : weighted ? "weighted interaction estimates are not supported"
                : "0-100 indices of interaction models are not computed";
        throw new CsiSpecificationException(option + " cannot be used with the interaction term " + term + ": "
                + why + "; drop " + option);
    }

    EstimationReport report(PathModel model, SurveyData survey, ReportSettings rs) {
        DataTable rows = run.scoreRows(model, survey.table().select(model.indicators()));
        ModerationEstimator estimator = new ModerationEstimator(new PlsEstimator(run.settings()),
                ModerationSettings.defaults().withMethod(method.method()));
        if (!bootstrap.requested()) {
            ModerationResult fit = estimator.estimate(model, rows);
            return ReportBuilder.of(fit.fit(), rs, Optional.empty()).withModeration(entry(fit, null));
        }
        BootstrapSettings bs = BootstrapSettings.defaults().withResamples(bootstrap.resamples).withSeed(seed)
                .withIntervals(bootstrap.interval().method());
        if (bootstrap.threads != null) {
            bs = bs.withThreads(bootstrap.threads);
        }
        SlopeSettings settings = SlopeSettings.defaults().withBootstrap(bs).withIntervalMethod(bootstrap.interval().method());
        SlopeAnalysisResult slopes = new SlopeAnalysis(estimator, settings).run(model, rows);
        EstimationReport report = ReportBuilder.of(slopes.moderation().fit(), rs, Optional.empty())
                .withModeration(entry(slopes.moderation(), slopes));
        return BootstrapSection.attach(report, slopes.bootstrap(), bootstrap.interval().method())
                .withDiagnostics(StudyReport.entries(StudyWarning.bootstrapFailures(slopes.bootstrap())));
    }

    private ModerationEntry entry(ModerationResult fit, SlopeAnalysisResult slopes) {
        List<ModerationEntry.InteractionEntry> out = new ArrayList<>();
        for (InteractionEffect e : fit.interactionEffects()) {
            String x = e.term().first();
            String m = e.term().second();
            double bx = fit.pathCoefficient(x, e.target());
            double k = e.term().isQuadratic() ? 2 : 1;
            List<ModerationEntry.SlopeEntry> classic = new ArrayList<>();
            List<ModerationEntry.SlopeEntry> floodlight = null;
            List<Double> jn = null;
            if (slopes == null) {
                for (double level : new double[] {-1, 0, 1}) {
                    classic.add(new ModerationEntry.SlopeEntry(level, number(bx + k * e.seminrCoefficient() * level),
                            null, null, null));
                }
            } else {
                SimpleSlopes s = slopes.slopes(e.term().name(), e.target());
                List.of(s.low(), s.mean(), s.high()).forEach(v -> classic.add(slope(v)));
                floodlight = s.floodlight().stream().map(ModerationReporting::slope).toList();
                jn = s.johnsonNeyman();
            }
            out.add(new ModerationEntry.InteractionEntry(e.term().name(), e.target(), x, m, number(e.coefficient()),
                    number(e.seminrCoefficient()), number(e.scaleFactor()), number(bx),
                    number(fit.pathCoefficient(m, e.target())), e.term().isQuadratic(), classic, floodlight, jn));
        }
        return new ModerationEntry(method.toString(), out);
    }

    private static ModerationEntry.SlopeEntry slope(SimpleSlope s) {
        return new ModerationEntry.SlopeEntry(s.level(), number(s.slope()), number(s.stdError()),
                s.interval().map(i -> number(i.lower())).orElse(null), s.interval().map(i -> number(i.upper())).orElse(null));
    }
}
