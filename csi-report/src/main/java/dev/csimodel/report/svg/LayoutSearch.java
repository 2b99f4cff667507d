package dev.csimodel.report.svg;

/**
 * Chooses the lane of every construct and the side (above or below) of the indicators of the
 * middle columns by minimising {@link DiagramLayout#cost}. Small models: every lane assignment
 * is tried, the sides of each improved by flipping one at a time. Larger ones: a local search
 * moving one construct at a time. Both are deterministic (the first cheapest layout wins).
 */
final class LayoutSearch {

    /** Up to this many lane assignments, all are tried (a fraction of a second). */
    private static final double EXHAUSTIVE_LIMIT = 20_000;
    private static final int MAX_ROUNDS = 50;
    /** Costs closer than this are equal: the earlier layout is kept. */
    private static final double EPSILON = 1e-9;

    /** A layout choice: lane of each construct, and whether its indicators go below. */
    record Choice(int[] lanes, boolean[] below, double cost) {
    }

    private final DiagramLayout layout;
    private final int reach;
    private Choice best;

    /** @param reach lanes run from -reach to reach */
    LayoutSearch(DiagramLayout layout, int reach) {
        this.layout = layout;
        this.reach = reach;
    }

    /** @return the cheapest layout found from the given start */
    Choice run(int[] lanes, boolean[] below) {
        best = new Choice(lanes.clone(), below.clone(), layout.cost(lanes, below));
        if (Math.pow(2 * reach + 1, layout.size()) <= EXHAUSTIVE_LIMIT) {
            visit(0, lanes.clone(), below.clone());
        } else {
            local(lanes.clone(), below.clone());
        }
        return best;
    }

    private void visit(int i, int[] lanes, boolean[] below) {
        if (i == lanes.length) {
            Choice c = sides(lanes, below.clone());
            if (c.cost() < best.cost() - EPSILON) {
                best = new Choice(lanes.clone(), c.below(), c.cost());
            }
            return;
        }
        for (int lane = -reach; lane <= reach; lane++) {
            if (!taken(lanes, i, lane, i)) {
                lanes[i] = lane;
                below[i] = lane > 0;
                visit(i + 1, lanes, below);
            }
        }
    }

    /** Flips the indicator side of one middle construct at a time while that lowers the cost. */
    private Choice sides(int[] lanes, boolean[] below) {
        double cost = layout.cost(lanes, below);
        for (int pass = 0; pass < 2; pass++) {
            boolean improved = false;
            for (int i = 0; i < below.length; i++) {
                if (!layout.middle(i)) {
                    continue;
                }
                below[i] = !below[i];
                double c = layout.cost(lanes, below);
                if (c < cost - EPSILON) {
                    cost = c;
                    improved = true;
                } else {
                    below[i] = !below[i];
                }
            }
            if (!improved) {
                break;
            }
        }
        return new Choice(lanes, below, cost);
    }

    /** Moves one construct at a time to its cheapest free lane and side until nothing improves. */
    private void local(int[] lanes, boolean[] below) {
        double cost = layout.cost(lanes, below);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean improved = false;
            for (int i = 0; i < lanes.length; i++) {
                int keepLane = lanes[i];
                boolean keepBelow = below[i];
                for (int lane = -reach; lane <= reach; lane++) {
                    for (boolean down : new boolean[] {false, true}) {
                        if (lane == keepLane && down == keepBelow || taken(lanes, i, lane, lanes.length)) {
                            continue;
                        }
                        lanes[i] = lane;
                        below[i] = down;
                        double c = layout.cost(lanes, below);
                        if (c < cost - EPSILON) {
                            cost = c;
                            keepLane = lane;
                            keepBelow = down;
                            improved = true;
                        }
                    }
                }
                lanes[i] = keepLane;
                below[i] = keepBelow;
            }
            if (!improved) {
                break;
            }
        }
        if (cost < best.cost() - EPSILON) {
            best = new Choice(lanes.clone(), below.clone(), cost);
        }
    }

    /** @return true if another of the first {@code upTo} constructs in the column of {@code self} has the lane */
    private boolean taken(int[] lanes, int self, int lane, int upTo) {
        for (int j = 0; j < upTo; j++) {
            if (j != self && layout.layer(j) == layout.layer(self) && lanes[j] == lane) {
                return true;
            }
        }
        return false;
    }
}
