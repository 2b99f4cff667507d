package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.BootstrapResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bootstrap-based multi-group comparison: every group's bootstrap and the tests of every pair
 * (g1,g2), (g1,g3), ..., (g2,g3), ... in label order. Immutable.
 */
public final class BootstrapGroupResult {

    private final Map<String, BootstrapResult> boots;
    private final List<BootstrapPairComparison> pairs;

    BootstrapGroupResult(Map<String, BootstrapResult> boots, List<BootstrapPairComparison> pairs) {
        this.boots = new LinkedHashMap<>(boots);
        this.pairs = List.copyOf(pairs);
    }

    /** @return the group labels, in order */
    public List<String> groups() {
        return List.copyOf(boots.keySet());
    }

    /**
     * @return the bootstrap of group {@code label} (its original estimate included)
     * @throws CsiSpecificationException if the label is unknown
     * @param label the group's label (or its code written as text)
     */
    public BootstrapResult group(String label) {
        BootstrapResult r = boots.get(label);
        if (r == null) {
            throw new CsiSpecificationException("unknown group '" + label + "'; the groups are " + groups());
        }
        return r;
    }

    /** @return every pair comparison, label order */
    public List<BootstrapPairComparison> pairs() {
        return pairs;
    }

    /**
     * @return the comparison of {@code a} and {@code b}, a before b in {@link #groups()}
     * @throws CsiSpecificationException if there is no such pair
     * @param a the label of the first group
     * @param b the label of the second group; differences are a minus b
     */
    public BootstrapPairComparison pair(String a, String b) {
        group(a);
        group(b);
        return pairs.stream().filter(p -> p.groupA().equals(a) && p.groupB().equals(b)).findFirst()
                .orElseThrow(() -> new CsiSpecificationException("no comparison (" + a + ", " + b
                        + "); pairs are ordered as " + groups() + ", ask for (" + b + ", " + a + ")"));
    }

    /** @return the comparison of the only two groups */
    public BootstrapPairComparison pair() {
        if (pairs.size() != 1) {
            throw new CsiSpecificationException("there are " + boots.size() + " groups " + groups()
                    + "; name the pair to compare");
        }
        return pairs.get(0);
    }
}
