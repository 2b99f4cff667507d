package dev.csimodel.report.svg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Places the constructs and indicators of a path diagram. Each construct's column is its layer:
 * the length of the longest structural route reaching it from an exogenous construct (its
 * topological depth; Sugiyama et al. 1981 layer graphs the same way), so every arrow points
 * rightwards. Within the columns, constructs sit on horizontal lanes, and the indicators of the
 * middle columns above or below their construct, as {@link LayoutSearch} chooses by this class's
 * {@link #cost}: arrows should not pass through other constructs or indicator boxes, nor cross.
 * Indicators of the first column go to its left, of the last to its right.
 */
final class DiagramLayout {

    static final double RX = 54;
    static final double RY = 32;
    static final double BOX_HEIGHT = 22;
    private static final double MIN_LAYER_GAP = 200;
    private static final double LANE_GAP = 200;
    /**
     * Horizontal distance from a construct to a column of its indicators: at least MIN_SIDE_GAP,
     * more for a tall column, whose outer arrows would otherwise be so steep that a loading's
     * label on one arrow is crossed by the next (SIDE_GAP_PER_INDICATOR per box keeps the
     * outermost slope below about 0.75).
     */
    private static final double MIN_SIDE_GAP = 75;
    private static final double SIDE_GAP_PER_INDICATOR = 18;
    /**
     * Room per arrow leaving a column: the labels of the arrows between two columns are placed
     * along them, so many arrows (four formative drivers of two constructs: eight) need a wider gap.
     */
    private static final double LABEL_ROOM = 36;
    private static final double VERTICAL_OFFSET = 110;
    private static final double BOX_GAP = 6;
    /**
     * Least distance between the centres of neighbouring boxes in a row: the loadings' labels sit
     * on the arrows near the boxes, side by side, and must not touch (a label is up to 45 units).
     */
    private static final double MIN_ROW_PITCH = 60;
    /** Clearance kept between an arrow and a construct it does not touch. */
    private static final double CLEARANCE = 10;
    /** Cost weights: overlaps and arrows through constructs are errors, the rest preferences. */
    private static final double OVERLAP = 1000;
    private static final double THROUGH_BOX = 100;
    private static final double CROSSING = 20;
    /** A structural arrow crossing another construct's measurement arrow: it would cross that loading's label. */
    private static final double MEASURE_CROSSING = 5;
    /** Per unit of width: between equally clean layouts, the narrower wins. */
    private static final double WIDTH = 0.005;

    /** Where a construct's indicators are drawn. */
    enum Side { LEFT, RIGHT, TOP, BOTTOM }

    /** A construct's place: centre of its ellipse, column and side of its indicators. */
    record Node(String name, int layer, double x, double y, Side side) {
    }

    private final List<String> names;
    private final List<int[]> edges;
    private final Map<String, List<String>> indicators;
    private final int[] layer;
    private final int layers;
    private final double boxWidth;
    /** Per construct: indicators below rather than above (middle columns only). */
    private final boolean[] below;
    private List<Node> nodes;
    /** Per construct (model order): its indicator boxes, and their bounding box (null if none). */
    private List<List<Box>> blocks;
    private Box[] bounds;

    /**
     * @param names      the constructs, model order
     * @param edges      structural paths as indices into {@code names}: {from, to}
     * @param indicators each construct's indicators, block order
     * @param boxWidth   width of an indicator box
     */
    DiagramLayout(List<String> names, List<int[]> edges, Map<String, List<String>> indicators, double boxWidth) {
        this.names = List.copyOf(names);
        this.edges = List.copyOf(edges);
        this.indicators = indicators;
        this.boxWidth = boxWidth;
        this.layer = depths(names.size(), edges);
        this.layers = Arrays.stream(layer).max().orElse(0) + 1;
        this.below = new boolean[names.size()];
        int[] start = initialLanes();
        LayoutSearch.Choice best = new LayoutSearch(this, Math.max(1, (maxLayerSize() + 1) / 2)).run(start, below.clone());
        cost(best.lanes(), best.below());
    }

    int size() {
        return names.size();
    }

    int layer(int i) {
        return layer[i];
    }

    List<Node> nodes() {
        return nodes;
    }

    Node node(String name) {
        return nodes.get(names.indexOf(name));
    }

    /** @return the box of indicator {@code name} */
    Box box(String indicator) {
        for (int i = 0; i < names.size(); i++) {
            int j = indicators.getOrDefault(names.get(i), List.of()).indexOf(indicator);
            if (j >= 0) {
                return blocks.get(i).get(j);
            }
        }
        throw new IllegalArgumentException("no indicator " + indicator);
    }

    /** Longest-path layering; a cycle (not a valid PLS inner model) is cut after n rounds. */
    private static int[] depths(int n, List<int[]> edges) {
        int[] depth = new int[n];
        for (int round = 0; round < n; round++) {
            boolean changed = false;
            for (int[] e : edges) {
                if (depth[e[1]] < depth[e[0]] + 1 && depth[e[0]] + 1 < n) {
                    depth[e[1]] = depth[e[0]] + 1;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return depth;
    }

    private int[] initialLanes() {
        int[] lanes = new int[names.size()];
        int[] used = new int[layers];
        for (int i = 0; i < names.size(); i++) {
            int k = used[layer[i]]++;
            lanes[i] = (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2);
            below[i] = lanes[i] > 0;
        }
        return lanes;
    }

    /** @return true for a construct neither in the first nor in the last column: indicators above or below */
    boolean middle(int i) {
        return layer[i] > 0 && layer[i] < layers - 1;
    }

    private int maxLayerSize() {
        int[] count = new int[layers];
        Arrays.stream(layer).forEach(l -> count[l]++);
        return Arrays.stream(count).max().orElse(1);
    }

    /**
     * Places everything with the given lanes and sides and scores the result: arrows through
     * constructs and overlapping boxes weigh most, then arrows through indicator boxes, then
     * crossings; lane changes, distance from the centre and width break ties towards a compact,
     * straight picture.
     *
     * @param lanes each construct's lane (its y is lane × lane gap)
     * @param sides for each construct of a middle column, whether its indicators go below
     * @return the cost of that layout, which stays placed until the next call
     */
    double cost(int[] lanes, boolean[] sides) {
        System.arraycopy(sides, 0, below, 0, below.length);
        place(lanes);
        double c = 0;
        for (int[] e : edges) {
            Node a = nodes.get(e[0]);
            Node b = nodes.get(e[1]);
            for (Node w : nodes) {
                if (w != a && w != b && Geometry.segmentHitsEllipse(a.x(), a.y(), b.x(), b.y(), w.x(), w.y(),
                        RX + CLEARANCE, RY + CLEARANCE)) {
                    c += OVERLAP;
                }
            }
            for (int w = 0; w < blocks.size(); w++) {
                if (bounds[w] == null || !bounds[w].crossedBy(a.x(), a.y(), b.x(), b.y())) {
                    continue;
                }
                for (Box box : blocks.get(w)) {
                    if (box.crossedBy(a.x(), a.y(), b.x(), b.y())) {
                        c += THROUGH_BOX;
                    }
                }
            }
            c += Math.abs(lanes[e[0]] - lanes[e[1]]) + MEASURE_CROSSING * measureCrossings(e);
        }
        c += CROSSING * crossings() + OVERLAP * overlaps();
        c += WIDTH * nodes.stream().mapToDouble(Node::x).max().orElse(0);
        for (int lane : lanes) {
            c += 0.5 * Math.abs(lane);
        }
        return c;
    }

    /**
     * @return the number of indicator boxes overlapping a box of another construct or a
     *         construct; blocks whose bounding boxes are apart are skipped whole (the search
     *         calls this for every candidate layout)
     */
    private int overlaps() {
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (bounds[i] == null) {
                continue;
            }
            Box grown = bounds[i].grow(BOX_GAP / 2);
            for (int j = i + 1; j < blocks.size(); j++) {
                if (bounds[j] != null && grown.overlaps(bounds[j])) {
                    n += pairs(blocks.get(i), blocks.get(j));
                }
            }
            for (Node w : nodes) {
                Box ellipse = Box.centred(w.x(), w.y(), 2 * RX, 2 * RY);
                if (grown.overlaps(ellipse)) {
                    n += (int) blocks.get(i).stream().filter(b -> b.grow(BOX_GAP / 2).overlaps(ellipse)).count();
                }
            }
        }
        return n;
    }

    private static int pairs(List<Box> a, List<Box> b) {
        int n = 0;
        for (Box x : a) {
            Box grown = x.grow(BOX_GAP / 2);
            for (Box y : b) {
                if (grown.overlaps(y)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** @return the measurement arrows (centre to box centre) of other constructs that edge {@code e} crosses */
    private int measureCrossings(int[] e) {
        Node a = nodes.get(e[0]);
        Node b = nodes.get(e[1]);
        int n = 0;
        for (int w = 0; w < blocks.size(); w++) {
            if (w == e[0] || w == e[1] || bounds[w] == null) {
                continue;
            }
            Node owner = nodes.get(w);
            for (Box box : blocks.get(w)) {
                double bx = box.x() + box.width() / 2;
                double by = box.y() + box.height() / 2;
                if (Geometry.segmentsCross(a.x(), a.y(), b.x(), b.y(), owner.x(), owner.y(), bx, by)) {
                    n++;
                }
            }
        }
        return n;
    }

    private int crossings() {
        int n = 0;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                int[] e = edges.get(i);
                int[] f = edges.get(j);
                if (e[0] == f[0] || e[0] == f[1] || e[1] == f[0] || e[1] == f[1]) {
                    continue;
                }
                Node a = nodes.get(e[0]);
                Node b = nodes.get(e[1]);
                Node c = nodes.get(f[0]);
                Node d = nodes.get(f[1]);
                if (Geometry.segmentsCross(a.x(), a.y(), b.x(), b.y(), c.x(), c.y(), d.x(), d.y())) {
                    n++;
                }
            }
        }
        return n;
    }

    private void place(int[] lanes) {
        double[] x = columns(lanes);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(new Node(names.get(i), layer[i], x[layer[i]], lanes[i] * LANE_GAP, side(i)));
        }
        nodes = out;
        blocks = new ArrayList<>();
        bounds = new Box[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            List<Box> block = placeBoxes(nodes.get(i));
            blocks.add(block);
            for (Box b : block) {
                bounds[i] = bounds[i] == null ? b : bounds[i].union(b);
            }
        }
    }

    /**
     * @return the x of each column: neighbouring columns are as close as the minimum gap allows,
     *         unless two rows of indicator boxes at the same height need more room side by side
     */
    private double[] columns(int[] lanes) {
        double[] gap = new double[layers];
        Arrays.fill(gap, MIN_LAYER_GAP);
        for (int[] e : edges) {
            if (layer[e[0]] + 1 < layers) {
                gap[layer[e[0]] + 1] += LABEL_ROOM;
            }
        }
        for (int l = 0; l < layers; l++) {
            gap[l] = Math.max(MIN_LAYER_GAP, gap[l] - MIN_LAYER_GAP + 2 * RX);
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                if (layer[j] == layer[i] + 1 && rowsMeet(i, j, lanes)) {
                    gap[layer[j]] = Math.max(gap[layer[j]], rowHalfWidth(i) + rowHalfWidth(j) + 2 * BOX_GAP);
                }
            }
        }
        double[] x = new double[layers];
        for (int l = 1; l < layers; l++) {
            x[l] = x[l - 1] + gap[l];
        }
        return x;
    }

    private boolean rowsMeet(int i, int j, int[] lanes) {
        if (!middle(i) || !middle(j)) {
            return false;
        }
        double yi = lanes[i] * LANE_GAP + (below[i] ? VERTICAL_OFFSET : -VERTICAL_OFFSET);
        double yj = lanes[j] * LANE_GAP + (below[j] ? VERTICAL_OFFSET : -VERTICAL_OFFSET);
        return Math.abs(yi - yj) < BOX_HEIGHT + BOX_GAP;
    }

    private double rowHalfWidth(int i) {
        return indicators.getOrDefault(names.get(i), List.of()).size() * rowPitch() / 2;
    }

    private static double sideGap(int k) {
        return Math.max(MIN_SIDE_GAP, SIDE_GAP_PER_INDICATOR * k);
    }

    private double rowPitch() {
        return Math.max(boxWidth + BOX_GAP, MIN_ROW_PITCH);
    }

    private Side side(int i) {
        if (layer[i] == 0) {
            return Side.LEFT;
        }
        if (layer[i] == layers - 1) {
            return Side.RIGHT;
        }
        return below[i] ? Side.BOTTOM : Side.TOP;
    }

    private List<Box> placeBoxes(Node n) {
        int k = indicators.getOrDefault(n.name(), List.of()).size();
        List<Box> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double offset = j - (k - 1) / 2.0;
            Box b = switch (n.side()) {
                case LEFT -> Box.centred(n.x() - RX - sideGap(k) - boxWidth / 2, n.y() + offset * (BOX_HEIGHT + BOX_GAP),
                        boxWidth, BOX_HEIGHT);
                case RIGHT -> Box.centred(n.x() + RX + sideGap(k) + boxWidth / 2, n.y() + offset * (BOX_HEIGHT + BOX_GAP),
                        boxWidth, BOX_HEIGHT);
                case TOP -> Box.centred(n.x() + offset * rowPitch(), n.y() - VERTICAL_OFFSET, boxWidth, BOX_HEIGHT);
                case BOTTOM -> Box.centred(n.x() + offset * rowPitch(), n.y() + VERTICAL_OFFSET, boxWidth, BOX_HEIGHT);
            };
            out.add(b);
        }
        return out;
    }
}
