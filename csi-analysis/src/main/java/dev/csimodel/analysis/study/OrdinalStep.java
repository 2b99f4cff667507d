package dev.csimodel.analysis.study;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.ordinal.OrdinalEstimator;
import dev.csimodel.ordinal.OrdinalResult;

import java.util.List;
import java.util.Optional;

/**
 * A study with ordinal indicators: ordinal PLS (PLSc with consistent settings) on the
 * polychoric/polyserial correlations of the complete rows. The weights apply to latent
 * responses, so there are no scores, indices or map.
 */
final class OrdinalStep {

    private OrdinalStep() {
    }

    /**
     * @throws dev.csimodel.CsiSpecificationException if the data is grouped (each segment would need its own
     *                                                polychoric matrix)
     * @throws dev.csimodel.CsiDataException          naming the column and row of a missing value
     */
    static StudyResult run(Study study, StudyData data) {
        VariantSteps.requireUngrouped(study, data, "ordinal PLS");
        DataTable table = data.table().select(study.model().indicators());
        StudyRows.requireAllowed(table, MissingStrategy.REJECT, data.source());
        OrdinalResult fit = new OrdinalEstimator(study.settings(), study.ordinal().orElseThrow())
                .estimate(study.model(), table);
        return VariantSteps.result(study, data, fit.pls(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(fit), List.of());
    }
}
