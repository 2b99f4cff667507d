package dev.csimodel.analysis.study;

import dev.csimodel.Arguments;
import dev.csimodel.models.nca.CipmaSettings;
import dev.csimodel.models.nca.NcaSettings;

/**
 * The necessary condition analysis (Dul 2016) of the importance-performance map's drivers and
 * the combined map (cIPMA, Hauff et al. 2024) beside it.
 *
 * @param nca   the ceiling lines, scope and permutation test
 * @param cipma the level and ceiling of the combined map
 */
public record NecessityPlan(NcaSettings nca, CipmaSettings cipma) {

    /**
     * Both settings are required.
     *
     * @param nca   the ceiling lines, scope and permutation test
     * @param cipma the level and ceiling of the combined map
     */
    public NecessityPlan {
        Arguments.requireNonNull(nca, "nca");
        Arguments.requireNonNull(cipma, "cipma");
    }
}
