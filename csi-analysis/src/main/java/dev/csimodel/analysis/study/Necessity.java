package dev.csimodel.analysis.study;

import dev.csimodel.models.nca.CombinedIpma;
import dev.csimodel.models.nca.NcaResult;

/**
 * The necessary condition analysis of the map's drivers and the combined map it gives.
 *
 * @param nca      the ceiling lines, effect sizes and bottleneck table (Dul 2016)
 * @param combined the combined importance-performance map (cIPMA, Hauff et al. 2024)
 */
public record Necessity(NcaResult nca, CombinedIpma combined) {
}
