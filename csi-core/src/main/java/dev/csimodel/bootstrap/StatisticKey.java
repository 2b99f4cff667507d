package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;

import java.util.List;
import java.util.Objects;

/**
 * Names one bootstrapped statistic: its kind and the indicator, constructs or custom name it
 * belongs to. Use the factories, e.g. {@code StatisticKey.path("SAT", "LOY")}.
 *
 * @param kind   the kind of statistic
 * @param first  indicator (weights, loadings), cause or first construct (paths, effects, HTMT),
 *               construct (R²) or the custom statistic's name
 * @param second effect or second construct for two-construct kinds, the mediators and the effect
 *               joined by " -> " for a specific indirect effect, otherwise the empty string
 */
public record StatisticKey(StatisticKind kind, String first, String second) {

    /**
     * @throws CsiSpecificationException if a component is null
     * @param kind the kind of statistic
     * @param first indicator (weights, loadings), cause or first construct (paths, effects, HTMT),
     * construct (R²) or the custom statistic's name
     * @param second effect or second construct for two-construct kinds, the mediators and the effect
     * joined by " -> " for a specific indirect effect, otherwise the empty string
     */
    public StatisticKey {
        if (kind == null || first == null || second == null) {
            throw new CsiSpecificationException("a statistic key needs a kind and names, got "
                    + kind + ", " + first + ", " + second);
        }
    }

    /**
     * @return the key of the outer weight of {@code indicator}
     * @param indicator the indicator's column name
     */
    public static StatisticKey outerWeight(String indicator) {
        return new StatisticKey(StatisticKind.OUTER_WEIGHT, indicator, "");
    }

    /**
     * @return the key of the loading of {@code indicator}
     * @param indicator the indicator's column name
     */
    public static StatisticKey loading(String indicator) {
        return new StatisticKey(StatisticKind.LOADING, indicator, "");
    }

    /**
     * @return the key of the path coefficient {@code from -> to}
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public static StatisticKey path(String from, String to) {
        return new StatisticKey(StatisticKind.PATH, from, to);
    }

    /**
     * @return the key of the total effect of {@code from} on {@code to}
     * @param from the name of the construct whose effect is measured
     * @param to the name of the affected construct
     */
    public static StatisticKey totalEffect(String from, String to) {
        return new StatisticKey(StatisticKind.TOTAL_EFFECT, from, to);
    }

    /**
     * @return the key of the R² of {@code construct}
     * @param construct the endogenous construct's name
     */
    public static StatisticKey rSquared(String construct) {
        return new StatisticKey(StatisticKind.R_SQUARED, construct, "");
    }

    /**
     * @return the key of HTMT of constructs {@code a} and {@code b} (either order)
     * @param a the name of one construct
     * @param b the name of the other construct (the key does not depend on the order)
     */
    public static StatisticKey htmt(String a, String b) {
        return new StatisticKey(StatisticKind.HTMT, a, b);
    }

    /**
     * @param through the mediators in route order, at least one
     * @return the key of the specific indirect effect of {@code from} on {@code to} through
     *         {@code through}; its second name is the rest of the route, e.g. "EXPE -> QUAL -> SAT"
     * @param from the name of the antecedent construct
     * @param to the name of the outcome construct
     */
    public static StatisticKey specificIndirect(String from, List<String> through, String to) {
        if (through == null || through.isEmpty() || through.stream().anyMatch(Objects::isNull) || to == null) {
            throw new CsiSpecificationException("a specific indirect effect needs at least one mediator and an effect, got "
                    + through + ", " + to);
        }
        return new StatisticKey(StatisticKind.SPECIFIC_INDIRECT, from, String.join(" -> ", through) + " -> " + to);
    }

    /**
     * @return the key of the custom statistic {@code name}
     * @param name the custom statistic's name
     */
    public static StatisticKey custom(String name) {
        return new StatisticKey(StatisticKind.CUSTOM, name, "");
    }

    @Override
    public String toString() {
        String kindName = kind.name().toLowerCase().replace('_', ' ');
        return second.isEmpty() ? kindName + " " + first : kindName + " " + first + " -> " + second;
    }
}
