package dev.csimodel.analysis.study;

import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.moderation.ModerationEstimator;
import dev.csimodel.moderation.ModerationResult;
import dev.csimodel.moderation.SlopeAnalysis;
import dev.csimodel.moderation.SlopeAnalysisResult;
import dev.csimodel.moderation.SlopeSettings;

import java.util.List;
import java.util.Optional;

/**
 * A study of a model with interaction terms: the moderation estimate by the study's interaction
 * settings on the rows the missing-data strategy leaves and, with a bootstrap, the simple-slope
 * analysis (the bootstrap of the paths, the slopes' intervals, the floodlight and the
 * Johnson-Neyman points) from the plan's resamples with its interval only.
 */
final class ModerationStep {

    private ModerationStep() {
    }

    /** @throws dev.csimodel.CsiSpecificationException if the data is grouped (no segment estimates yet) */
    static StudyResult run(Study study, StudyData data) {
        VariantSteps.requireUngrouped(study, data, "the interaction term " + study.model().interactionPaths().get(0));
        List<String> indicators = study.model().indicators();
        DataTable rows = StudyRows.scoreRows(indicators, data.table().select(indicators), study.handling().missing());
        ModerationEstimator estimator = new ModerationEstimator(new PlsEstimator(study.settings()), study.interaction());
        if (study.bootstrap().isEmpty()) {
            ModerationResult fit = estimator.estimate(study.model(), rows);
            return VariantSteps.result(study, data, fit.fit(), Optional.empty(), Optional.of(fit), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of());
        }
        BootstrapPlan plan = study.bootstrap().get();
        BootstrapSettings bs = plan.settings().withIntervals(plan.interval());
        SlopeSettings settings = SlopeSettings.defaults().withBootstrap(bs).withIntervalMethod(plan.interval());
        SlopeAnalysisResult slopes = new SlopeAnalysis(estimator, settings).run(study.model(), rows);
        return VariantSteps.result(study, data, slopes.moderation().fit(), Optional.of(slopes.bootstrap()),
                Optional.of(slopes.moderation()), Optional.of(slopes), Optional.empty(), Optional.empty(),
                StudyWarnings.bootstrapFailures(slopes.bootstrap()));
    }
}
