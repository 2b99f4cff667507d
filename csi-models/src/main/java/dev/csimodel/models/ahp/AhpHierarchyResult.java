package dev.csimodel.models.ahp;

import dev.csimodel.CsiSpecificationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights of a whole {@link AhpHierarchy} (Saaty 1980, hierarchic composition): the local weight
 * of a node is its eigenvector weight among its siblings; its global weight is the product of
 * the local weights on the path from the goal, {@code g(goal) = 1},
 * {@code g(child) = g(parent) * local(child)}. The global weights of the leaves sum to 1.
 */
public final class AhpHierarchyResult {

    private final AhpHierarchy hierarchy;
    private final Map<String, AhpResult> comparisons;
    private final Map<String, Double> local;
    private final Map<String, Double> global;

    AhpHierarchyResult(AhpHierarchy hierarchy, Map<String, AhpResult> comparisons) {
        this.hierarchy = hierarchy;
        this.comparisons = Collections.unmodifiableMap(new LinkedHashMap<>(comparisons));
        Map<String, Double> l = new LinkedHashMap<>();
        Map<String, Double> g = new LinkedHashMap<>();
        l.put(hierarchy.goal(), 1.0);
        g.put(hierarchy.goal(), 1.0);
        compose(hierarchy.goal(), l, g);
        this.local = Collections.unmodifiableMap(l);
        this.global = Collections.unmodifiableMap(g);
    }

    private void compose(String parent, Map<String, Double> l, Map<String, Double> g) {
        AhpResult r = comparisons.get(parent);
        if (r == null) {
            return;
        }
        for (int k = 0; k < r.criteria().size(); k++) {
            String child = r.criteria().get(k);
            l.put(child, r.weights().get(k));
            g.put(child, g.get(parent) * r.weights().get(k));
            compose(child, l, g);
        }
    }

    /** @return the hierarchy these weights belong to */
    public AhpHierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * @param node an inner node's name
     * @return the weights and consistency of the comparison of its children
     * @throws CsiSpecificationException if the node has no comparison
     */
    public AhpResult comparison(String node) {
        AhpResult r = comparisons.get(node);
        if (r == null) {
            throw new CsiSpecificationException("'" + node + "' has no pairwise comparison; inner nodes: "
                    + comparisons.keySet());
        }
        return r;
    }

    /**
     * @param node a node's name
     * @return its weight among its siblings (1 for the goal)
     * @throws CsiSpecificationException if no node has that name
     */
    public double localWeight(String node) {
        return lookup(local, node);
    }

    /**
     * @param node a node's name
     * @return the product of local weights from the goal down to the node
     * @throws CsiSpecificationException if no node has that name
     */
    public double globalWeight(String node) {
        return lookup(global, node);
    }

    /** @return the leaves (indicators), depth first */
    public List<String> leaves() {
        return hierarchy.leaves();
    }

    /** @return the inner nodes whose comparison has CR &ge; 0.10, in hierarchy order */
    public List<String> inconsistentNodes() {
        List<String> out = new ArrayList<>();
        comparisons.forEach((node, r) -> {
            if (!r.consistent()) {
                out.add(node);
            }
        });
        return List.copyOf(out);
    }

    /** @return true when every comparison has CR &lt; 0.10 */
    public boolean allConsistent() {
        return inconsistentNodes().isEmpty();
    }

    /**
     * Weighted satisfaction score over the leaves: {@code S = sum_leaf g(leaf) * x(leaf)}.
     *
     * @param indicatorScores a score x for every leaf, keyed by leaf name
     * @return S, on the scale of the scores
     * @throws dev.csimodel.CsiDataException if a leaf has no score, a score is not finite, or a
     *         key is not a leaf (inner nodes are not indicators)
     */
    public double score(Map<String, Double> indicatorScores) {
        List<String> leaves = leaves();
        List<Double> weights = leaves.stream().map(global::get).toList();
        return WeightedScore.compute(leaves, weights, indicatorScores);
    }

    private double lookup(Map<String, Double> weights, String node) {
        Double w = weights.get(node);
        if (w == null) {
            throw new CsiSpecificationException("unknown node '" + node + "'; known: " + weights.keySet());
        }
        return w;
    }
}
