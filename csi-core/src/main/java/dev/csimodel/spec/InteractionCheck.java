package dev.csimodel.spec;

import dev.csimodel.CsiSpecificationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates a model's interaction paths: both factors and the target are declared constructs,
 * the target is neither factor (a product cannot explain one of its own factors), the same
 * product enters a target once, and both factors are also predictors of the target (the main
 * effects, without which the product's coefficient is not a moderation effect: Aiken and West
 * 1991, chapter 2; Hair et al. 2022, chapter 7).
 */
final class InteractionCheck {

    private final PathModel model;

    InteractionCheck(PathModel model) {
        this.model = model;
    }

    void run() {
        List<InteractionPath> seen = new ArrayList<>();
        for (InteractionPath p : model.interactionPaths()) {
            InteractionTerm t = p.term();
            requireConstruct(t.first(), p);
            requireConstruct(t.second(), p);
            requireConstruct(p.to(), p);
            if (t.involves(p.to())) {
                throw new CsiSpecificationException("interaction path " + p + ": '" + p.to()
                        + "' is a factor of the product it would be predicted by");
            }
            for (InteractionPath q : seen) {
                if (q.to().equals(p.to()) && q.term().sameProduct(t)) {
                    throw new CsiSpecificationException("interaction path " + p + " duplicates " + q);
                }
            }
            seen.add(p);
            requireMainEffect(t.first(), p);
            requireMainEffect(t.second(), p);
        }
    }

    private void requireConstruct(String name, InteractionPath p) {
        if (model.findConstruct(name).isEmpty()) {
            throw new CsiSpecificationException("interaction path " + p + " names unknown construct '" + name
                    + "'; the model has " + model.constructNames());
        }
    }

    private void requireMainEffect(String factor, InteractionPath p) {
        if (!model.hasPath(factor, p.to())) {
            throw new CsiSpecificationException("interaction path " + p + " needs the main effect " + factor
                    + " -> " + p.to() + " (add '" + factor + "' to the predictors of '" + p.to() + "')");
        }
    }
}
