package dev.csimodel.spec.syntax;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.List;

/** Writes a {@link PathModel} as model syntax; see {@link ModelSyntax#format(PathModel)}. */
final class ModelFormatter {

    private ModelFormatter() {
    }

    static String format(PathModel model) {
        StringBuilder out = new StringBuilder();
        for (Construct c : model.constructs()) {
            requireWritable(c);
            out.append(c.name()).append(c.type() == ConstructType.COMMON_FACTOR ? " =~ " : " <~ ");
            if (c.mode() != BlockMode.defaultMode(c.type())) {
                out.append('[').append(BlockMode.word(c.mode())).append("] ");
            }
            out.append(String.join(" + ", c.indicators())).append('\n');
        }
        if (!model.paths().isEmpty()) {
            out.append('\n');
        }
        List<List<StructuralPath>> runs = runsByTarget(model.paths());
        for (int r = 0; r < runs.size(); r++) {
            List<StructuralPath> run = runs.get(r);
            String target = run.get(0).to();
            List<String> terms = new ArrayList<>(run.stream().map(StructuralPath::from).toList());
            if (isLastRunInto(runs, r, target)) {
                terms.addAll(interactionsInto(model, target));
            }
            out.append(target).append(" ~ ").append(String.join(" + ", terms)).append('\n');
        }
        return out.toString();
    }

    /** Interaction terms go after the main effects, in the last statement into their target. */
    private static boolean isLastRunInto(List<List<StructuralPath>> runs, int r, String target) {
        for (int later = r + 1; later < runs.size(); later++) {
            if (runs.get(later).get(0).to().equals(target)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> interactionsInto(PathModel model, String target) {
        return model.interactionPaths().stream().filter(p -> p.to().equals(target))
                .map(p -> p.term().name()).toList();
    }

    /**
     * Splits the paths into maximal runs of consecutive paths into the same construct. One
     * statement per run keeps the path order, so parsing the text gives an equal model; a model
     * whose paths are grouped by target gets one statement per endogenous construct.
     */
    private static List<List<StructuralPath>> runsByTarget(List<StructuralPath> paths) {
        List<List<StructuralPath>> runs = new ArrayList<>();
        List<StructuralPath> run = new ArrayList<>();
        for (StructuralPath p : paths) {
            if (!run.isEmpty() && !run.get(0).to().equals(p.to())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(p);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static void requireWritable(Construct c) {
        requireName(c.name(), "construct '" + c.name() + "'");
        c.indicators().forEach(i -> requireName(i, "indicator '" + i + "' of construct '" + c.name() + "'"));
    }

    private static void requireName(String name, String what) {
        if (!Lexer.isName(name)) {
            throw new CsiSpecificationException(what + " cannot be written in model syntax: a name is"
                    + " letters, digits, '_' and '.', starting with a letter, '_' or '.' not followed by a digit");
        }
    }
}
