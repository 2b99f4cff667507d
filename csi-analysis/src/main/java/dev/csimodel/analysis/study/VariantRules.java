package dev.csimodel.analysis.study;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;

/**
 * The settings a model variant (interaction terms, higher-order constructs, ordinal PLS) cannot be combined
 * with yet, refused by {@link Study.Builder#build()} with both named.
 */
final class VariantRules {

    private VariantRules() {
    }

    /**
     * @param scaled       whether the study has questionnaire scales
     * @param bootstrapped whether the study has a bootstrap plan
     * @throws CsiSpecificationException naming the variant and the setting it cannot be combined with
     */
    static void check(PathModel model, PlsSettings settings, DataHandling handling, boolean scaled,
                      boolean bootstrapped) {
        boolean higherOrder = !model.higherOrderConstructs().isEmpty();
        if (higherOrder && model.hasInteractions()) {
            throw new CsiSpecificationException("a model with both a higher-order construct ('"
                    + model.higherOrderConstructs().get(0).name() + "') and an interaction term ("
                    + model.interactionPaths().get(0) + ") is not supported yet");
        }
        if (model.hasInteractions()) {
            String variant = "the interaction term " + model.interactionPaths().get(0);
            refuse(settings.consistent(), variant, "consistent PLS", "consistent PLS of interaction constructs is "
                    + "not supported");
            refuse(handling.weightColumn() != null, variant, "case weights", "weighted interaction estimates are "
                    + "not supported");
            refuse(scaled, variant, "a questionnaire scale", "0-100 indices of interaction models are not computed");
        }
        if (higherOrder) {
            String variant = "the higher-order construct '" + model.higherOrderConstructs().get(0).name() + "'";
            refuse(settings.consistent(), variant, "consistent PLS", "consistent PLS of a higher-order construct's "
                    + "stages is not supported");
            refuse(bootstrapped, variant, "a bootstrap plan", "the stages are not resampled yet");
            refuse(scaled, variant, "a questionnaire scale", "0-100 indices of a higher-order construct are not "
                    + "computed");
            refuse(handling.weightColumn() != null, variant, "case weights", "the stages are unweighted");
            refuse(handling.missing() != MissingStrategy.REJECT, variant, "a missing-data strategy",
                    "the stages need complete rows");
        }
    }

    /**
     * @param scaled       whether the study has questionnaire scales
     * @param bootstrapped whether the study has a bootstrap plan
     * @throws CsiSpecificationException naming ordinal PLS and the setting it cannot be combined with
     */
    static void checkOrdinal(PathModel model, DataHandling handling, boolean scaled, boolean bootstrapped) {
        String variant = "ordinal PLS";
        refuse(bootstrapped, variant, "a bootstrap plan", "resampling ordinal correlations is not supported yet");
        refuse(handling.weightColumn() != null, variant, "case weights", "polychoric correlations are unweighted");
        refuse(scaled, variant, "a questionnaire scale", "there are no construct scores, hence no 0-100 indices");
        refuse(handling.missing() != MissingStrategy.REJECT, variant, "a missing-data strategy",
                "polychoric correlations need complete rows");
        refuse(!model.higherOrderConstructs().isEmpty() || model.hasInteractions(), variant,
                "higher-order constructs or interaction terms", "both need construct scores, which ordinal "
                        + "indicators do not give");
    }

    private static void refuse(boolean given, String variant, String setting, String why) {
        if (given) {
            throw new CsiSpecificationException(variant + " cannot be combined with " + setting + ": " + why);
        }
    }
}
