package dev.csimodel.result;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.List;

/** The specific indirect effects of an estimate ({@link PlsResult#specificIndirectEffects()}). */
final class SpecificEffects {

    private SpecificEffects() {
    }

    static List<SpecificIndirectEffect> all(PlsResult r) {
        PathModel model = r.model();
        List<String> names = model.constructNames();
        List<SpecificIndirectEffect> out = new ArrayList<>();
        for (int[] route : IndirectRoutes.of(model)) {
            List<String> through = new ArrayList<>();
            double product = 1;
            for (int i = 1; i < route.length; i++) {
                product *= r.pathCoefficient(names.get(route[i - 1]), names.get(route[i]));
                if (i < route.length - 1) {
                    through.add(names.get(route[i]));
                }
            }
            out.add(new SpecificIndirectEffect(names.get(route[0]), through, names.get(route[route.length - 1]),
                    product));
        }
        return List.copyOf(out);
    }

    static SpecificIndirectEffect one(PlsResult r, String from, List<String> through, String to) {
        Arguments.requireNonNull(from, "from");
        Arguments.requireNonNull(through, "through");
        Arguments.requireNonNull(to, "to");
        PathModel model = r.model();
        List<String> route = new ArrayList<>();
        route.add(from);
        route.addAll(through);
        route.add(to);
        route.forEach(model::indexOf);
        if (through.isEmpty()) {
            throw new CsiSpecificationException("a specific indirect effect of " + from + " on " + to
                    + " needs at least one mediator");
        }
        double product = 1;
        for (int i = 1; i < route.size(); i++) {
            if (!model.hasPath(route.get(i - 1), route.get(i))) {
                throw new CsiSpecificationException("no route " + String.join(" -> ", route) + ": the model has no path "
                        + route.get(i - 1) + " -> " + route.get(i));
            }
            product *= r.pathCoefficient(route.get(i - 1), route.get(i));
        }
        return new SpecificIndirectEffect(from, through, to, product);
    }
}
