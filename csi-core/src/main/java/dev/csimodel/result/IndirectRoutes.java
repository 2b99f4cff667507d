package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The directed routes of a structural model with at least one mediator, in a fixed order:
 * pairs (from, to) in construct declaration order (from first), then within a pair by number
 * of mediators, then by the mediators' declaration positions, first to last. Routes are lists
 * of construct positions. The structural model is acyclic, so a depth-first walk finds each
 * route once.
 */
final class IndirectRoutes {

    /**
     * Most routes enumerated: their number can grow exponentially with the constructs of a dense
     * model; beyond this, specific indirect effects are not listed.
     */
    static final int MAX_ROUTES = 10_000;

    private IndirectRoutes() {
    }

    /** @return the number of routes with at least one mediator (saturating at {@code Long.MAX_VALUE / 2}) */
    static long count(PathModel model) {
        int k = model.constructNames().size();
        int[][] next = successors(model);
        long[] routesFrom = new long[k]; // routes of any length >= 1 starting at c
        Integer[] order = topological(model, next);
        long total = 0;
        for (int i = order.length - 1; i >= 0; i--) {
            int c = order[i];
            long s = 0;
            long mediated = 0;
            for (int n : next[c]) {
                s = cap(s + 1 + routesFrom[n]);
                mediated = cap(mediated + routesFrom[n]);
            }
            routesFrom[c] = s;
            total = cap(total + mediated);
        }
        return total;
    }

    /**
     * @return every route with at least one mediator, each from cause to effect as construct positions
     * @throws CsiSpecificationException if there are more than {@link #MAX_ROUTES}
     */
    static List<int[]> of(PathModel model) {
        long n = count(model);
        if (n > MAX_ROUTES) {
            throw new CsiSpecificationException("the structural model has " + n + " mediated routes, more than "
                    + MAX_ROUTES + "; specific indirect effects are not enumerated for it");
        }
        int[][] next = successors(model);
        List<int[]> out = new ArrayList<>();
        int k = next.length;
        for (int from = 0; from < k; from++) {
            for (int to = 0; to < k; to++) {
                List<int[]> pair = new ArrayList<>();
                walk(next, new int[]{from}, to, pair);
                pair.sort(Comparator.<int[]>comparingInt(r -> r.length).thenComparing(Arrays::compare));
                out.addAll(pair);
            }
        }
        return out;
    }

    private static void walk(int[][] next, int[] prefix, int to, List<int[]> out) {
        int last = prefix[prefix.length - 1];
        for (int n : next[last]) {
            int[] route = Arrays.copyOf(prefix, prefix.length + 1);
            route[prefix.length] = n;
            if (n == to) {
                if (route.length > 2) {
                    out.add(route);
                }
            } else {
                walk(next, route, to, out);
            }
        }
    }

    private static int[][] successors(PathModel model) {
        List<String> names = model.constructNames();
        int[][] next = new int[names.size()][];
        for (int c = 0; c < next.length; c++) {
            next[c] = model.successors(names.get(c)).stream().mapToInt(model::indexOf).sorted().toArray();
        }
        return next;
    }

    /** Constructs ordered so that every path goes forward (the model is acyclic). */
    private static Integer[] topological(PathModel model, int[][] next) {
        int k = next.length;
        long[] depth = new long[k];
        boolean changed = true;
        for (int round = 0; changed && round <= k; round++) {
            changed = false;
            for (int c = 0; c < k; c++) {
                for (int n : next[c]) {
                    if (depth[n] < depth[c] + 1) {
                        depth[n] = depth[c] + 1;
                        changed = true;
                    }
                }
            }
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingLong(c -> depth[c]));
        return order;
    }

    private static long cap(long v) {
        return Math.min(v, Long.MAX_VALUE / 4);
    }
}
