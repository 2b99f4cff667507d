package dev.csimodel.analysis.study;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.hierarchy.HigherOrderResult;
import dev.csimodel.moderation.ModerationResult;
import dev.csimodel.moderation.SlopeAnalysisResult;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.result.PlsResult;

import java.util.List;
import java.util.Optional;

/** What the steps of the model variants share: the refusal of grouped data and the result's shape. */
final class VariantSteps {

    private VariantSteps() {
    }

    /**
     * @param variant names the model's variant (its first interaction term, higher-order construct, ordinal PLS)
     * @throws CsiSpecificationException naming the variant and the grouping column if the data is grouped
     */
    static void requireUngrouped(Study study, StudyData data, String variant) {
        if (data.groups().isPresent()) {
            throw new CsiSpecificationException(variant + " cannot be combined with segments (the data "
                    + data.source() + " is grouped by " + data.groups().get().groupColumn()
                    + "): segment estimates of this model are not supported");
        }
    }

    /**
     * @return the result of a variant's run: its fit and own results, with no indices, map,
     *         segments or waves
     */
    static StudyResult result(Study study, StudyData data, PlsResult fit, Optional<BootstrapResult> bootstrap,
                              Optional<ModerationResult> moderation, Optional<SlopeAnalysisResult> slopes,
                              Optional<HigherOrderResult> higherOrder, Optional<OrdinalResult> ordinal,
                              List<StudyWarning> warnings) {
        return new StudyResult(study, data.source(), fit, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), bootstrap, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), moderation, slopes, higherOrder, ordinal,
                warnings);
    }
}
