package dev.csimodel.spec.syntax;

import dev.csimodel.spec.StructuralPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The checks of interaction terms ({@code SAT ~ IMAG + VAL + IMAG:VAL}) that can point at the
 * text: a product explaining one of its own factors, the same product twice for one target
 * ({@code A:B} and {@code B:A} are one product) and, once the whole text is read, a factor no
 * block declares or a factor missing as a main effect of the target.
 */
final class InteractionChecker {

    /** A product as written, with its target. */
    private record Written(Statement.InteractionName term, Name target) {
        boolean sameProduct(Written other) {
            String a = term.first().text();
            String b = term.second().text();
            String c = other.term.first().text();
            String d = other.term.second().text();
            return target.text().equals(other.target.text()) && (a.equals(c) && b.equals(d) || a.equals(d) && b.equals(c));
        }
    }

    private final List<Written> written = new ArrayList<>();

    void add(Statement s) {
        for (Statement.InteractionName t : s.interactions()) {
            String target = s.lhs().text();
            for (Name factor : List.of(t.first(), t.second())) {
                if (factor.text().equals(target)) {
                    throw ModelSyntaxException.at(factor, "expected a predictor of '" + target + "' but found '"
                            + t.text() + "', a product of '" + target + "' itself (an interaction cannot predict its own factor)");
                }
            }
            Written w = new Written(t, s.lhs());
            for (Written earlier : written) {
                if (earlier.sameProduct(w)) {
                    throw ModelSyntaxException.at(t.first(), "expected a new predictor of '" + target + "' but found '"
                            + t.text() + "', the same product as '" + earlier.term.text() + "' at " + earlier.term.first().where());
                }
            }
            written.add(w);
        }
    }

    /**
     * @param requireDeclared throws at a name that no block declares
     * @param paths           every main path of the text
     */
    void resolve(Consumer<Name> requireDeclared, Set<StructuralPath> paths) {
        for (Written w : written) {
            requireDeclared.accept(w.term.first());
            requireDeclared.accept(w.term.second());
            for (Name factor : List.of(w.term.first(), w.term.second())) {
                if (!paths.contains(new StructuralPath(factor.text(), w.target.text()))) {
                    throw ModelSyntaxException.at(factor, "expected the interaction '" + w.term.text() + "' with its main"
                            + " effects but '" + factor.text() + "' is not a predictor of '" + w.target.text()
                            + "' (write '" + w.target.text() + " ~ " + factor.text() + " + ... + " + w.term.text() + "')");
                }
            }
        }
    }
}
