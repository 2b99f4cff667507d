package dev.csimodel.analysis.study;

import dev.csimodel.hierarchy.HigherOrderEstimator;
import dev.csimodel.hierarchy.HigherOrderResult;
import dev.csimodel.hierarchy.HigherOrderSettings;

import java.util.List;
import java.util.Optional;

/**
 * A study of a model with higher-order constructs: the estimate of its stages by the study's
 * method on the complete rows; the result's fit is the run that holds the structural model.
 */
final class HigherOrderStep {

    private HigherOrderStep() {
    }

    /** @throws dev.csimodel.CsiSpecificationException if the data is grouped (no segment estimates yet) */
    static StudyResult run(Study study, StudyData data) {
        VariantSteps.requireUngrouped(study, data, "the higher-order construct '"
                + study.model().higherOrderConstructs().get(0).name() + "'");
        HigherOrderResult result = new HigherOrderEstimator(new HigherOrderSettings(study.higherOrder(),
                study.settings())).estimate(study.model(), data.table());
        return VariantSteps.result(study, data, result.structural(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(result), Optional.empty(), List.of());
    }
}
