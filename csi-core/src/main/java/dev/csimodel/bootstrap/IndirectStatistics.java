package dev.csimodel.bootstrap;

import dev.csimodel.result.PlsResult;
import dev.csimodel.result.SpecificIndirectEffect;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The specific indirect effects of a bootstrap layout: one statistic per mediated route of the
 * original estimate, in {@link PlsResult#specificIndirectEffects()} order, each the product of
 * the resample's path coefficients along the route. Under sign changes a route's product
 * carries the signs of its cause and effect only (every mediator enters twice). Models with more
 * than 10,000 routes get none. Immutable.
 */
final class IndirectStatistics {

    private static final long MAX_ROUTES = 10_000;

    private final List<StatisticKey> keys = new ArrayList<>();
    private final List<String[]> routes = new ArrayList<>();
    private final List<int[]> signs = new ArrayList<>();

    IndirectStatistics(PlsResult original) {
        if (original.mediatedRouteCount() > MAX_ROUTES) {
            return;
        }
        PathModel model = original.model();
        for (SpecificIndirectEffect e : original.specificIndirectEffects()) {
            keys.add(StatisticKey.specificIndirect(e.from(), e.through(), e.to()));
            routes.add(e.route().toArray(new String[0]));
            signs.add(new int[]{model.indexOf(e.from()), model.indexOf(e.to())});
        }
    }

    List<StatisticKey> keys() {
        return keys;
    }

    /** @return the constructs whose signs statistic {@code i} carries */
    int[] signs(int i) {
        return signs.get(i);
    }

    /** Writes the route products of {@code r} into {@code out} from position {@code from}; returns the next position. */
    int extract(PlsResult r, double[] out, int from) {
        int j = from;
        for (String[] route : routes) {
            double product = 1;
            for (int i = 1; i < route.length; i++) {
                product *= r.pathCoefficient(route[i - 1], route[i]);
            }
            out[j++] = product;
        }
        return j;
    }
}
