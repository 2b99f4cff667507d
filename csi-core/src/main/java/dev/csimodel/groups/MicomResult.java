package dev.csimodel.groups;

import dev.csimodel.CsiSpecificationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three steps of MICOM for two groups (Henseler, Ringle and Sarstedt 2016), keyed by
 * composite name in model order. Immutable.
 *
 * <p>Partial measurement invariance (steps 1 and 2) licenses comparing path coefficients
 * across the groups; full invariance (steps 1 to 3) licenses pooling the data.
 */
public final class MicomResult {

    private final ConfiguralInvariance configural;
    private final Map<String, CompositionalInvariance> compositional = new LinkedHashMap<>();
    private final Map<String, CompositeEquality> equality = new LinkedHashMap<>();

    MicomResult(ConfiguralInvariance configural, List<CompositionalInvariance> step2, List<CompositeEquality> step3) {
        this.configural = configural;
        step2.forEach(c -> compositional.put(c.construct(), c));
        step3.forEach(e -> equality.put(e.construct(), e));
    }

    /** @return step 1 */
    public ConfiguralInvariance configural() {
        return configural;
    }

    /** @return the composites, in model order */
    public List<String> constructs() {
        return List.copyOf(compositional.keySet());
    }

    /**
     * @return step 2 for {@code construct}
     * @param construct the construct's name
     */
    public CompositionalInvariance compositional(String construct) {
        return lookup(compositional, construct);
    }

    /**
     * @return step 3 for {@code construct}
     * @param construct the construct's name
     */
    public CompositeEquality equality(String construct) {
        return lookup(equality, construct);
    }

    /**
     * @return true if steps 1 and 2 hold for {@code construct}
     * @param construct the construct's name
     */
    public boolean partialInvariance(String construct) {
        return configural.established() && compositional(construct).invariant();
    }

    /**
     * @return true if steps 1, 2, 3a and 3b hold for {@code construct}
     * @param construct the construct's name
     */
    public boolean fullInvariance(String construct) {
        CompositeEquality e = equality(construct);
        return partialInvariance(construct) && e.equalMeans() && e.equalVariances();
    }

    private <T> T lookup(Map<String, T> map, String construct) {
        T v = map.get(construct);
        if (v == null) {
            throw new CsiSpecificationException("unknown construct '" + construct + "'; the model has " + constructs());
        }
        return v;
    }
}
