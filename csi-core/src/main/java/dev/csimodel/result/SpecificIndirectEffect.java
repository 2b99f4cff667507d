package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One specific indirect effect: the effect of {@code from} on {@code to} carried by one directed
 * route through the mediators {@code through}, the product of the path coefficients along it,
 * e.g. {@code β(IMAG→EXPE)·β(EXPE→QUAL)·β(QUAL→SAT)} (Alwin and Hauser 1975; Preacher and Hayes
 * 2008 for several and serial mediators). The specific indirect effects of a pair add up to its
 * indirect effect ({@link Effect#indirect()}).
 *
 * @param from     the cause
 * @param through  the mediators in route order, at least one
 * @param to       the effect
 * @param estimate the product of the route's path coefficients
 */
public record SpecificIndirectEffect(String from, List<String> through, String to, double estimate) {

    /**
     * @throws CsiSpecificationException if a name is missing or there is no mediator
     * @param from the cause
     * @param through the mediators in route order, at least one
     * @param to the effect
     * @param estimate the product of the route's path coefficients
     */
    public SpecificIndirectEffect {
        if (from == null || to == null || through == null || through.isEmpty() || through.stream().anyMatch(Objects::isNull)) {
            throw new CsiSpecificationException("a specific indirect effect needs a cause, an effect and at least one "
                    + "mediator, got " + from + ", " + through + ", " + to);
        }
        through = List.copyOf(through);
    }

    /** @return the constructs of the route: {@code from}, the mediators, {@code to} */
    public List<String> route() {
        List<String> out = new ArrayList<>(through.size() + 2);
        out.add(from);
        out.addAll(through);
        out.add(to);
        return List.copyOf(out);
    }

    /** @return the route as text, e.g. {@code IMAG -> EXPE -> QUAL -> SAT} */
    public String label() {
        return String.join(" -> ", route());
    }
}
