package dev.csimodel.spec;

import java.util.List;

/**
 * A latent construct and its block of indicators (manifest variables).
 *
 * @param name       the construct's name, unique in its model
 * @param mode       the outer estimation mode
 * @param type       composite or common factor (only consistent PLS looks at it)
 * @param indicators the indicator (column) names in declaration order, at least one
 */
public record Construct(String name, OuterMode mode, ConstructType type, List<String> indicators) {

    /**
     * Copies the indicator list, so the construct stays immutable.
     * @param name the construct's name, unique in its model
     * @param mode the outer estimation mode
     * @param type composite or common factor (only consistent PLS looks at it)
     * @param indicators the indicator (column) names in declaration order, at least one
     */
    public Construct {
        indicators = List.copyOf(indicators);
    }

    /** @return the number of indicators in the block */
    public int size() {
        return indicators.size();
    }
}
