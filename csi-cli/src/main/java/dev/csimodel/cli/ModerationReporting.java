package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.PathModel;

/**
 * The options {@code csi estimate} of a model with interaction terms refuses, by name; the
 * moderation estimate (with {@code --bootstrap} the simple-slope analysis) is the study's
 * ({@link dev.csimodel.analysis.study.StudyAnalysis}) and its report {@link dev.csimodel.report.StudyReport}'s.
 */
final class ModerationReporting {

    private ModerationReporting() {
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
}
