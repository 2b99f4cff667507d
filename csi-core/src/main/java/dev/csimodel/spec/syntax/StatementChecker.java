package dev.csimodel.spec.syntax;

import dev.csimodel.spec.StructuralPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The semantic checks that can point at a place in the text: a block declared twice, an
 * indicator listed twice, a self-loop, a path written twice and, once the whole text is read,
 * a path naming a construct that no block declares. Higher-order forms are checked by
 * {@link HigherOrderStatements}. Everything else (cycles, isolated constructs) is left to {@link dev.csimodel.spec.PathModelBuilder#build()}.
 */
final class StatementChecker {

    /** Where an indicator was listed and in which construct's block. */
    private record Listed(String construct, Name at) {
    }

    private final Map<String, Name> blocks = new HashMap<>();
    private final Map<String, Listed> indicators = new HashMap<>();
    private final Map<StructuralPath, Name> paths = new HashMap<>();
    private final InteractionChecker interactions = new InteractionChecker();

    /**
     * @param resolve also require every construct named in a path to have a block in the text
     * @throws ModelSyntaxException at the first offending name
     */
    static void check(List<Statement> statements, boolean resolve) {
        StatementChecker checker = new StatementChecker();
        for (Statement s : statements) {
            if (s.isBlock()) {
                checker.block(s);
            } else {
                checker.paths(s);
                checker.interactions.add(s);
            }
        }
        if (resolve) {
            checker.resolve(statements);
            checker.interactions.resolve(checker::requireDeclared, checker.paths.keySet());
        }
    }

    private void block(Statement s) {
        Name lhs = s.lhs();
        Name first = blocks.putIfAbsent(lhs.text(), lhs);
        if (first != null) {
            throw ModelSyntaxException.at(lhs, "expected a construct without a block but found '"
                    + lhs.text() + "', whose block is already declared at " + first.where());
        }
        for (Name indicator : s.rhs()) {
            Listed earlier = indicators.putIfAbsent(indicator.text(), new Listed(lhs.text(), indicator));
            if (earlier != null) {
                String place = earlier.construct().equals(lhs.text()) ? ""
                        : " in the block of '" + earlier.construct() + "'";
                throw ModelSyntaxException.at(indicator, "expected a new indicator but found '"
                        + indicator.text() + "', already listed" + place + " at " + earlier.at().where());
            }
        }
    }

    private void paths(Statement s) {
        String target = s.lhs().text();
        for (Name from : s.rhs()) {
            if (from.text().equals(target)) {
                throw ModelSyntaxException.at(from, "expected a predictor of '" + target
                        + "' but found '" + target + "' itself (a construct cannot predict itself)");
            }
            Name earlier = paths.putIfAbsent(new StructuralPath(from.text(), target), from);
            if (earlier != null) {
                throw ModelSyntaxException.at(from, "expected a new predictor of '" + target
                        + "' but found '" + from.text() + "', already a predictor at " + earlier.where());
            }
        }
    }

    private void resolve(List<Statement> statements) {
        for (Statement s : statements) {
            if (!s.isBlock()) {
                requireDeclared(s.lhs());
                s.rhs().forEach(this::requireDeclared);
            }
        }
    }

    private void requireDeclared(Name name) {
        if (blocks.containsKey(name.text())) {
            return;
        }
        Listed listed = indicators.get(name.text());
        String why = listed == null ? ", which no block declares"
                : ", an indicator of '" + listed.construct() + "' (paths join constructs, not indicators)";
        throw ModelSyntaxException.at(name, "expected a construct declared by a '=~' or '<~' block but found '"
                + name.text() + "'" + why);
    }
}
