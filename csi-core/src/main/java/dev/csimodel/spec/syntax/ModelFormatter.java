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
        for (List<StructuralPath> run : runsByTarget(model.paths())) {
            out.append(run.get(0).to()).append(" ~ ")
                    .append(String.join(" + ", run.stream().map(StructuralPath::from).toList()))
                    .append('\n');
        }
        return out.toString();
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
