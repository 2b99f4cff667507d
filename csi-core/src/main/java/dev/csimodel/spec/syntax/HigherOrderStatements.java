package dev.csimodel.spec.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the higher-order constructs of a text and checks them where they are written. A block
 * whose right-hand side names constructs declared by other blocks of the text
 * ({@code QV =~ QUAL + VAL}) declares a higher-order construct with those dimensions (Becker,
 * Klein and Wetzels 2012). Rejected at their line and column: a block mixing constructs and
 * columns, a higher-order construct of one dimension or of a higher-order construct, a
 * dimension shared by two higher-order constructs, a path touching a dimension, and a cycle of
 * paths through a higher-order construct. The rules are those of
 * {@link dev.csimodel.spec.PathModel}; checking them here gives the place in the text.
 */
final class HigherOrderStatements {

    /** One path as written: the predecessor's name carries the place. */
    private record Edge(String to, Name from) {
    }

    private final Map<String, Statement> blocks = new LinkedHashMap<>();
    private final Map<String, Statement> higherOrder = new LinkedHashMap<>();
    private final Map<String, String> ownerOf = new HashMap<>();

    private HigherOrderStatements() {
    }

    /**
     * @return the names of the constructs the text declares higher-order
     * @throws ModelSyntaxException at the first malformed higher-order form
     */
    static Set<String> check(List<Statement> statements) {
        HigherOrderStatements h = new HigherOrderStatements();
        statements.stream().filter(Statement::isBlock).forEach(s -> h.blocks.putIfAbsent(s.lhs().text(), s));
        for (Statement s : h.blocks.values()) {
            h.classify(s);
        }
        h.higherOrder.values().forEach(h::dimensions);
        List<Statement> paths = statements.stream().filter(s -> !s.isBlock()).toList();
        paths.forEach(h::pathEnds);
        h.cycles(paths);
        return new LinkedHashSet<>(h.higherOrder.keySet());
    }

    private void classify(Statement s) {
        List<Name> constructs = s.rhs().stream().filter(n -> blocks.containsKey(n.text())).toList();
        if (constructs.isEmpty()) {
            return;
        }
        for (Name n : s.rhs()) {
            if (!blocks.containsKey(n.text())) {
                throw ModelSyntaxException.at(n, "expected a construct (the block of '" + s.lhs().text()
                        + "' lists the construct '" + constructs.get(0).text() + "', so it is higher-order) but found '"
                        + n.text() + "', which no block declares: a higher-order construct lists constructs only, not columns");
            }
        }
        if (s.rhs().size() < 2) {
            throw ModelSyntaxException.at(s.rhs().get(0), "expected at least two dimensions of higher-order construct '"
                    + s.lhs().text() + "' but found only '" + s.rhs().get(0).text() + "'");
        }
        higherOrder.put(s.lhs().text(), s);
    }

    private void dimensions(Statement s) {
        for (Name d : s.rhs()) {
            if (higherOrder.containsKey(d.text())) {
                throw ModelSyntaxException.at(d, "expected a lower-order construct but found '" + d.text()
                        + "', itself higher-order (block at " + higherOrder.get(d.text()).lhs().where()
                        + "): only second-order models are supported");
            }
            if (d.text().equals(s.lhs().text())) {
                throw ModelSyntaxException.at(d, "expected a dimension of '" + d.text() + "' but found '"
                        + d.text() + "' itself");
            }
            String other = ownerOf.putIfAbsent(d.text(), s.lhs().text());
            if (other != null) {
                throw ModelSyntaxException.at(d, "expected a construct that is no other higher-order construct's"
                        + " dimension but found '" + d.text() + "', already a dimension of '" + other + "' (block at "
                        + higherOrder.get(other).lhs().where() + ")");
            }
        }
    }

    private void pathEnds(Statement s) {
        for (Name n : names(s)) {
            String owner = ownerOf.get(n.text());
            if (owner == null) {
                continue;
            }
            boolean ownHoc = n == s.lhs() ? s.rhs().stream().anyMatch(r -> r.text().equals(owner))
                    : s.lhs().text().equals(owner);
            if (ownHoc) {
                throw ModelSyntaxException.at(n, "expected no path between '" + n.text() + "' and '" + owner
                        + "' but found one: it makes a cycle through higher-order construct '" + owner
                        + "', of which '" + n.text() + "' is a dimension");
            }
            throw ModelSyntaxException.at(n, "expected a construct in the structural model but found '" + n.text()
                    + "', a dimension of higher-order construct '" + owner + "': paths go to or from '" + owner + "'");
        }
    }

    private static List<Name> names(Statement s) {
        List<Name> all = new ArrayList<>();
        all.add(s.lhs());
        all.addAll(s.rhs());
        return all;
    }

    /** Depth-first search from each higher-order construct back to itself. */
    private void cycles(List<Statement> paths) {
        Map<String, List<Edge>> out = new HashMap<>();
        for (Statement s : paths) {
            for (Name from : s.rhs()) {
                out.computeIfAbsent(from.text(), k -> new ArrayList<>()).add(new Edge(s.lhs().text(), from));
            }
        }
        for (String h : higherOrder.keySet()) {
            List<String> trail = new ArrayList<>();
            trail.add(h);
            search(h, h, out, trail, new HashSet<>());
        }
    }

    private void search(String start, String at, Map<String, List<Edge>> out, List<String> trail, Set<String> seen) {
        for (Edge e : out.getOrDefault(at, List.of())) {
            if (e.to().equals(start)) {
                throw ModelSyntaxException.at(e.from(), "expected a recursive model but the path " + e.from().text()
                        + " -> " + start + " closes the cycle " + String.join(" -> ", trail) + " -> " + start
                        + " through higher-order construct '" + start + "'");
            }
            if (seen.add(e.to())) {
                trail.add(e.to());
                search(start, e.to(), out, trail, seen);
                trail.remove(trail.size() - 1);
            }
        }
    }
}
