package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-group comparison: the estimate in every group and the comparison of every pair of
 * groups. Groups are ordered by label (numerically for integer labels); a pair (A, B) has A
 * before B in that order. Immutable.
 */
public final class GroupComparisonResult {

    private final PermutationSettings settings;
    private final Map<String, PlsResult> fits;
    private final Map<String, Integer> sizes;
    private final List<PairComparison> pairs;

    GroupComparisonResult(PermutationSettings settings, Map<String, PlsResult> fits, Map<String, Integer> sizes,
                          List<PairComparison> pairs) {
        this.settings = settings;
        this.fits = new LinkedHashMap<>(fits);
        this.sizes = new LinkedHashMap<>(sizes);
        this.pairs = List.copyOf(pairs);
    }

    /** @return the settings used */
    public PermutationSettings settings() {
        return settings;
    }

    /** @return the group labels, in order */
    public List<String> groups() {
        return List.copyOf(fits.keySet());
    }

    /**
     * @return the number of rows of group {@code label}
     * @param label the group's label
     */
    public int groupSize(String label) {
        requireGroup(label);
        return sizes.get(label);
    }

    /**
     * @return the model estimated on the rows of group {@code label}
     * @param label the group's label
     */
    public PlsResult group(String label) {
        requireGroup(label);
        return fits.get(label);
    }

    /** @return every pair comparison: (g1,g2), (g1,g3), ..., (g2,g3), ... */
    public List<PairComparison> pairs() {
        return pairs;
    }

    /**
     * @return the comparison of groups {@code a} and {@code b}, a before b in {@link #groups()}
     * @throws CsiSpecificationException if a label is unknown or the order is reversed
     * @param a the label of the first group
     * @param b the label of the second group; differences are a minus b
     */
    public PairComparison pair(String a, String b) {
        requireGroup(a);
        requireGroup(b);
        for (PairComparison p : pairs) {
            if (p.groupA().equals(a) && p.groupB().equals(b)) {
                return p;
            }
        }
        throw new CsiSpecificationException("no comparison (" + a + ", " + b + "); pairs are ordered as "
                + groups() + ", ask for (" + b + ", " + a + ")");
    }

    /** @return the comparison of the only two groups */
    public PairComparison pair() {
        if (pairs.size() != 1) {
            throw new CsiSpecificationException("there are " + fits.size() + " groups " + groups()
                    + "; name the pair to compare");
        }
        return pairs.get(0);
    }

    private void requireGroup(String label) {
        if (!fits.containsKey(label)) {
            throw new CsiSpecificationException("unknown group '" + label + "'; the groups are " + groups());
        }
    }
}
