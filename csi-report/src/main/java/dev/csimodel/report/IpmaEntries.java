package dev.csimodel.report;

import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.models.ipma.Placement;
import dev.csimodel.models.ipma.PriorityList;
import dev.csimodel.models.ipma.QuadrantMap;
import dev.csimodel.result.PlsResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the report form of the importance-performance analysis of one target: the map, the
 * ACSI impacts of constructs and indicators, and the priority list, all from
 * {@link ImportancePerformance}.
 */
public final class IpmaEntries {

    private IpmaEntries() {
    }

    /**
     * @param fit the PLS estimate
     * @param scales the indicators' response scales
     * @param target the target construct
     * @return the analysis of {@code target} in {@code fit}
     * @throws dev.csimodel.CsiSpecificationException naming the target if it is unknown or has no
     *                                                predecessor
     */
    public static IpmaEntry of(PlsResult fit, IndicatorScales scales, String target) {
        return of(fit, scales, ImportancePerformance.constructs(fit, scales, target));
    }

    /**
     * @param fit        the PLS estimate
     * @param scales     the indicators' response scales
     * @param constructs the construct-level map already made from {@code fit} (a study result's)
     * @return the analysis of the map's target in {@code fit}
     */
    public static IpmaEntry of(PlsResult fit, IndicatorScales scales, ImportancePerformance constructs) {
        QuadrantMap map = constructs.classify();
        List<IpmaDriverEntry> drivers = new ArrayList<>();
        for (Placement p : map.placements()) {
            Driver d = p.driver();
            drivers.add(new IpmaDriverEntry(d.name(), d.importance(), d.impact(), d.performance(),
                    String.valueOf(p.quadrant().letter())));
        }
        return new IpmaEntry(constructs.target(), map.importanceLine(), map.performanceLine(), ImportancePerformance.IMPACT_POINTS,
                drivers, indicators(fit, scales, constructs), priorities(constructs.priorities()));
    }

    private static List<IpmaIndicatorEntry> indicators(PlsResult fit, IndicatorScales scales,
                                                       ImportancePerformance constructs) {
        ImportancePerformance items = ImportancePerformance.indicators(fit, scales, constructs.target());
        CsiIndex index = CsiIndex.of(fit, scales);
        List<IpmaIndicatorEntry> out = new ArrayList<>();
        for (Driver c : constructs.drivers()) {
            for (String ind : fit.model().construct(c.name()).indicators()) {
                Driver i = items.driver(ind);
                out.add(new IpmaIndicatorEntry(ind, c.name(), index.weights().weight(ind), i.importance(), i.impact(),
                        i.performance()));
            }
        }
        return out;
    }

    private static List<PriorityEntry> priorities(PriorityList list) {
        return list.priorities().stream()
                .map(p -> new PriorityEntry(p.rank(), p.name(), p.impact(), p.performance(), p.belowMeanPerformance()))
                .toList();
    }
}
