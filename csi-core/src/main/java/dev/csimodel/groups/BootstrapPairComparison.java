package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * The bootstrap-based multi-group tests of two groups A and B (differences are A − B).
 *
 * @param groupA the label of group A
 * @param groupB the label of group B
 * @param paths  one entry per structural path, model order
 */
public record BootstrapPairComparison(String groupA, String groupB, List<BootstrapPathDifference> paths) {

    /**
     * Copies the paths.
     * @param groupA the label of group A
     * @param groupB the label of group B
     * @param paths one entry per structural path, model order
     */
    public BootstrapPairComparison {
        paths = List.copyOf(paths);
    }

    /**
     * @return the tests of the path {@code from -> to}
     * @throws CsiSpecificationException if the model has no such path
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public BootstrapPathDifference path(String from, String to) {
        return paths.stream().filter(p -> p.from().equals(from) && p.to().equals(to)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("the model has no path " + from + " -> " + to));
    }
}
