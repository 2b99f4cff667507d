package dev.csimodel.report;

import dev.csimodel.analysis.study.StudyResult;
import dev.csimodel.hierarchy.HigherOrderResult;

import java.util.Optional;

/**
 * The report of a study of a model with higher-order constructs: the report of the run that
 * holds the structural model (stage 2, or the repeated-indicators run) with the higher-order
 * section and, for a two-stage approach, the stage-1 report inside it.
 */
final class HigherOrderSection {

    private HigherOrderSection() {
    }

    /** @return the report of {@code result}, whose higher-order estimate is present */
    static EstimationReport report(StudyResult result, ReportSettings settings) {
        HigherOrderResult hoc = result.higherOrder().orElseThrow();
        EstimationReport main = ReportBuilder.of(hoc.structural(), settings, Optional.empty());
        EstimationReport first = hoc.secondStage().isPresent()
                ? ReportBuilder.of(hoc.firstStage(), settings, Optional.empty()) : null;
        return main.withHigherOrder(HigherOrderEntry.of(hoc, first));
    }
}
