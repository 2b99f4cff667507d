package dev.csimodel.models.ahp;

import dev.csimodel.CsiSpecificationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hierarchy of criteria (Saaty 1980): a goal at the top, each inner node with a pairwise
 * comparison of its children, and leaves that are the measured indicators. Every node name is
 * unique and every node except the goal has exactly one parent (a tree).
 *
 * <pre>{@code
 * AhpHierarchy h = AhpHierarchy.builder("satisfaction")
 *         .compare("satisfaction", List.of("quality", "price"), 3)
 *         .compare("quality", List.of("durability", "design", "service"), 2, 5, 3)
 *         .build();
 * }</pre>
 */
public final class AhpHierarchy {

    private final String goal;
    private final Map<String, PairwiseMatrix> comparisons;

    private AhpHierarchy(String goal, Map<String, PairwiseMatrix> comparisons) {
        this.goal = goal;
        this.comparisons = comparisons;
    }

    /**
     * @param goal the name of the top node
     * @return a builder
     * @throws CsiSpecificationException if the name is blank
     */
    public static Builder builder(String goal) {
        return new Builder(goal);
    }

    /** @return the name of the top node */
    public String goal() {
        return goal;
    }

    /** @return the inner nodes (those with a comparison), goal first, in the order added */
    public List<String> innerNodes() {
        return List.copyOf(comparisons.keySet());
    }

    /**
     * @param node a node's name
     * @return its children in comparison order, empty for a leaf
     * @throws CsiSpecificationException if no node has that name
     */
    public List<String> children(String node) {
        PairwiseMatrix m = comparisons.get(node);
        if (m != null) {
            return m.criteria();
        }
        if (!nodes().contains(node)) {
            throw new CsiSpecificationException("unknown node '" + node + "' in the hierarchy of '"
                    + goal + "'");
        }
        return List.of();
    }

    /**
     * @param node an inner node's name
     * @return the pairwise comparison of its children
     * @throws CsiSpecificationException if the node has no comparison
     */
    public PairwiseMatrix comparison(String node) {
        PairwiseMatrix m = comparisons.get(node);
        if (m == null) {
            throw new CsiSpecificationException("'" + node + "' has no pairwise comparison; inner nodes: "
                    + innerNodes());
        }
        return m;
    }

    /** @return all node names, depth first from the goal */
    public List<String> nodes() {
        List<String> out = new ArrayList<>();
        collect(goal, out, false);
        return Collections.unmodifiableList(out);
    }

    /** @return the leaves (indicators), depth first from the goal */
    public List<String> leaves() {
        List<String> out = new ArrayList<>();
        collect(goal, out, true);
        return Collections.unmodifiableList(out);
    }

    private void collect(String node, List<String> out, boolean leavesOnly) {
        PairwiseMatrix m = comparisons.get(node);
        if (!leavesOnly || m == null) {
            out.add(node);
        }
        if (m != null) {
            for (String child : m.criteria()) {
                collect(child, out, leavesOnly);
            }
        }
    }

    /** Collects the comparisons and checks on {@link #build()} that they form a tree. */
    public static final class Builder {
        private final String goal;
        private final Map<String, PairwiseMatrix> comparisons = new LinkedHashMap<>();

        private Builder(String goal) {
            if (goal == null || goal.isBlank()) {
                throw new CsiSpecificationException("the goal of an AHP hierarchy needs a name");
            }
            this.goal = goal;
        }

        /**
         * Adds the comparison of a node's children; the matrix's criteria are the children.
         *
         * @param parent the node whose children are compared
         * @param matrix the judgments
         * @return this builder
         * @throws CsiSpecificationException if the node already has a comparison
         */
        public Builder compare(String parent, PairwiseMatrix matrix) {
            if (comparisons.containsKey(parent)) {
                throw new CsiSpecificationException("node '" + parent + "' is compared twice");
            }
            comparisons.put(parent, matrix);
            return this;
        }

        /**
         * Adds a comparison given by its upper triangle, see
         * {@link PairwiseMatrix#fromUpperTriangle(List, double...)}.
         *
         * @param parent    the node whose children are compared
         * @param children  the children's names
         * @param judgments a_12, a_13, ..., a_(n-1)n
         * @return this builder
         */
        public Builder compare(String parent, List<String> children, double... judgments) {
            return compare(parent, PairwiseMatrix.fromUpperTriangle(children, judgments));
        }

        /**
         * @return the hierarchy
         * @throws CsiSpecificationException if the goal has no comparison, a node has two parents
         *         or the goal appears as a child, or a compared node is not below the goal
         */
        public AhpHierarchy build() {
            if (!comparisons.containsKey(goal)) {
                throw new CsiSpecificationException("the goal '" + goal + "' has no pairwise comparison");
            }
            Map<String, String> parentOf = new HashMap<>();
            for (Map.Entry<String, PairwiseMatrix> e : comparisons.entrySet()) {
                for (String child : e.getValue().criteria()) {
                    if (child.equals(goal)) {
                        throw new CsiSpecificationException("the goal '" + goal
                                + "' cannot be a child of '" + e.getKey() + "'");
                    }
                    String previous = parentOf.putIfAbsent(child, e.getKey());
                    if (previous != null) {
                        throw new CsiSpecificationException("node '" + child + "' has two parents: '"
                                + previous + "' and '" + e.getKey() + "'");
                    }
                }
            }
            checkReachable();
            Map<String, PairwiseMatrix> ordered = new LinkedHashMap<>();
            ordered.put(goal, comparisons.get(goal));
            ordered.putAll(comparisons);
            return new AhpHierarchy(goal, Collections.unmodifiableMap(ordered));
        }

        private void checkReachable() {
            Set<String> reached = new HashSet<>();
            List<String> stack = new ArrayList<>(List.of(goal));
            while (!stack.isEmpty()) {
                String node = stack.remove(stack.size() - 1);
                if (reached.add(node) && comparisons.containsKey(node)) {
                    stack.addAll(comparisons.get(node).criteria());
                }
            }
            for (String parent : comparisons.keySet()) {
                if (!reached.contains(parent)) {
                    throw new CsiSpecificationException("compared node '" + parent
                            + "' is not below the goal '" + goal + "'");
                }
            }
        }
    }
}
