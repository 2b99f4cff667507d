package dev.csimodel.spec;

import dev.csimodel.CsiSpecificationException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Depth-first search for a directed cycle in the structural model. PLS-PM needs a recursive
 * model: a cycle makes the regressions of the path scheme and the effects ill defined.
 */
final class CycleCheck {

    private final PathModel model;
    private final int[] state;
    private final Deque<String> stack = new ArrayDeque<>();

    CycleCheck(PathModel model) {
        this.model = model;
        this.state = new int[model.constructs().size()];
    }

    void run() {
        for (String name : model.constructNames()) {
            visit(name);
        }
    }

    private void visit(String name) {
        int i = model.indexOf(name);
        if (state[i] == 2) {
            return;
        }
        stack.addLast(name);
        if (state[i] == 1) {
            throw new CsiSpecificationException("the structural model has a cycle: "
                    + String.join(" -> ", cycle(name)) + "; PLS path modelling needs a recursive model");
        }
        state[i] = 1;
        for (String next : model.successors(name)) {
            visit(next);
        }
        state[i] = 2;
        stack.removeLast();
    }

    private List<String> cycle(String start) {
        List<String> all = new ArrayList<>(stack);
        int from = all.indexOf(start);
        return all.subList(from, all.size());
    }
}
