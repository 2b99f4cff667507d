package dev.csimodel.spec;

import dev.csimodel.CsiSpecificationException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numeric view of a {@link PathModel} that estimators work with: indicators numbered block
 * by block in declaration order, each construct's range of indicators, and the structural
 * neighbours of each construct as index arrays. Immutable; arrays are copied on the way out.
 */
public final class BlockStructure {

    private final PathModel model;
    private final int[] start;
    private final int[] end;
    private final int[] blockOf;
    private final int[][] predecessors;
    private final int[][] successors;
    private final Map<String, Integer> indicatorIndex = new HashMap<>();

    /**
     * Numbers the model's indicators and constructs.
     *
     * @throws CsiSpecificationException if the model has a higher-order construct, whose
     *                                   dimensions are not columns: such models are estimated by
     *                                   {@code dev.csimodel.hierarchy.HigherOrderEstimator}
     * @param model the validated path model; its declaration order fixes every index
     */
    public BlockStructure(PathModel model) {
        refuseHigherOrder(model);
        this.model = model;
        List<Construct> cs = model.constructs();
        int j = cs.size();
        start = new int[j];
        end = new int[j];
        predecessors = new int[j][];
        successors = new int[j][];
        int p = 0;
        for (int k = 0; k < j; k++) {
            start[k] = p;
            for (String ind : cs.get(k).indicators()) {
                indicatorIndex.put(ind, p++);
            }
            end[k] = p;
            predecessors[k] = neighbours(cs.get(k).name(), true);
            successors[k] = neighbours(cs.get(k).name(), false);
        }
        blockOf = new int[p];
        for (int k = 0; k < j; k++) {
            for (int i = start[k]; i < end[k]; i++) {
                blockOf[i] = k;
            }
        }
    }

    private static void refuseHigherOrder(PathModel model) {
        List<Construct> hocs = model.higherOrderConstructs();
        if (!hocs.isEmpty()) {
            Construct h = hocs.get(0);
            throw new CsiSpecificationException("construct '" + h.name() + "' is higher-order (its dimensions "
                    + h.indicators() + " are constructs, not columns): estimate the model with"
                    + " dev.csimodel.hierarchy.HigherOrderEstimator");
        }
    }

    /** Indices of the constructs with a path into ({@code into}) or out of {@code name}, path order. */
    private int[] neighbours(String name, boolean into) {
        List<StructuralPath> paths = model.paths();
        int[] out = new int[paths.size()];
        int n = 0;
        for (StructuralPath p : paths) {
            if ((into ? p.to() : p.from()).equals(name)) {
                out[n++] = model.indexOf(into ? p.from() : p.to());
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** @return the model */
    public PathModel model() {
        return model;
    }

    /** @return the number of indicators */
    public int indicatorCount() {
        return blockOf.length;
    }

    /** @return the number of constructs */
    public int constructCount() {
        return start.length;
    }

    /**
     * @return the first indicator index of construct {@code k}
     * @param k the construct index, 0 ≤ k &lt; {@link #constructCount()}, in declaration order
     */
    public int start(int k) {
        return start[k];
    }

    /**
     * @return one past the last indicator index of construct {@code k}
     * @param k the construct index, 0 ≤ k &lt; {@link #constructCount()}, in declaration order
     */
    public int end(int k) {
        return end[k];
    }

    /**
     * @return the number of indicators of construct {@code k}
     * @param k the construct index, 0 ≤ k &lt; {@link #constructCount()}, in declaration order
     */
    public int blockSize(int k) {
        return end[k] - start[k];
    }

    /**
     * @return the construct index of indicator {@code i}
     * @param i the indicator index, numbered block by block from 0
     */
    public int blockOf(int i) {
        return blockOf[i];
    }

    /**
     * @return the outer mode of construct {@code k}
     * @param k the construct index, 0 ≤ k &lt; {@link #constructCount()}, in declaration order
     */
    public OuterMode mode(int k) {
        return model.constructs().get(k).mode();
    }

    /**
     * @return the indices of the predecessors of construct {@code k}
     * @param k the construct index, 0 ≤ k &lt; {@link #constructCount()}, in declaration order
     */
    public int[] predecessors(int k) {
        return predecessors[k].clone();
    }

    /**
     * @return the number of predecessors of construct {@code k}
     * @param k the construct index, 0 ≤ k &lt; {@link #constructCount()}, in declaration order
     */
    public int predecessorCount(int k) {
        return predecessors[k].length;
    }

    /**
     * @return the indices of the successors of construct {@code k}
     * @param k the construct index, 0 ≤ k &lt; {@link #constructCount()}, in declaration order
     */
    public int[] successors(int k) {
        return successors[k].clone();
    }

    /**
     * @return true if {@code a -> b} or {@code b -> a} is a path
     * @param a the index of one construct
     * @param b the index of the other construct (the order of a and b does not matter)
     */
    public boolean adjacent(int a, int b) {
        return contains(predecessors[a], b) || contains(successors[a], b);
    }

    /**
     * @return the index of indicator {@code name}, or -1
     * @param name the indicator's column name as declared in the model
     */
    public int indicatorIndex(String name) {
        Integer i = indicatorIndex.get(name);
        return i == null ? -1 : i;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
