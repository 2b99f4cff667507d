package dev.csimodel.predict;

import dev.csimodel.CsiSpecificationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Blindfolding Q² of every endogenous construct, in model order. Immutable. */
public final class BlindfoldingResult {

    private final int omissionDistance;
    private final Map<String, ConstructQ2> byConstruct = new LinkedHashMap<>();

    BlindfoldingResult(int omissionDistance, List<ConstructQ2> constructs) {
        this.omissionDistance = omissionDistance;
        constructs.forEach(c -> byConstruct.put(c.construct(), c));
    }

    /** @return the omission distance D used */
    public int omissionDistance() {
        return omissionDistance;
    }

    /** @return the endogenous constructs, in model order */
    public List<String> constructs() {
        return List.copyOf(byConstruct.keySet());
    }

    /** @return the Q² values of every endogenous construct, in model order */
    public List<ConstructQ2> all() {
        return List.copyOf(byConstruct.values());
    }

    /**
     * @return the Q² values of endogenous construct {@code name}
     * @throws CsiSpecificationException if {@code name} is not an endogenous construct
     * @param name the endogenous construct's name, as declared in the model
     */
    public ConstructQ2 construct(String name) {
        ConstructQ2 q = byConstruct.get(name);
        if (q == null) {
            throw new CsiSpecificationException("'" + name + "' is not an endogenous construct; blindfolded constructs are "
                    + constructs());
        }
        return q;
    }

    /**
     * @return the cross-validated redundancy Q² of {@code construct}
     * @param construct the endogenous construct's name, as declared in the model
     */
    public double q2(String construct) {
        return construct(construct).q2Redundancy();
    }
}
