package dev.csimodel.spec.syntax;

import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;

import java.util.Optional;

/**
 * The measurement a block statement declares. The operator says what the construct is, as in
 * lavaan (Rosseel 2012) and cSEM (Rademaker and Schuberth 2020): {@code =~} a common factor,
 * {@code <~} a composite. The outer mode defaults to cSEM's choice for that type (Mode A for a
 * common factor, Mode B for a composite), which is also what {@code =~} and {@code <~} meant
 * before modes could be written; {@code [A]}, {@code [B]} or {@code [unit]} right after the
 * operator overrides it ({@code SAT <~ [A] sat1 + sat2} is a Mode A composite).
 */
final class BlockMode {

    static final String EXPECTED = "an outer mode ('A', 'B' or 'unit')";

    private BlockMode() {
    }

    /** @return the construct type the block operator declares */
    static ConstructType type(Statement.Kind kind) {
        return kind == Statement.Kind.BLOCK_A ? ConstructType.COMMON_FACTOR : ConstructType.COMPOSITE;
    }

    /** @return the mode a block of {@code type} has when none is written */
    static OuterMode defaultMode(ConstructType type) {
        return type == ConstructType.COMMON_FACTOR ? OuterMode.A : OuterMode.B;
    }

    /** @return the mode of block statement {@code s}: the one written, else its operator's default */
    static OuterMode mode(Statement s) {
        return s.mode() == null ? defaultMode(type(s.kind())) : fromWord(s.mode().text()).orElseThrow();
    }

    /** @return the mode a word in brackets names, if it names one */
    static Optional<OuterMode> fromWord(String word) {
        return switch (word) {
            case "A" -> Optional.of(OuterMode.A);
            case "B" -> Optional.of(OuterMode.B);
            case "unit" -> Optional.of(OuterMode.UNIT);
            default -> Optional.empty();
        };
    }

    /** @return the word that names {@code mode} in brackets */
    static String word(OuterMode mode) {
        return switch (mode) {
            case A -> "A";
            case B -> "B";
            case UNIT -> "unit";
        };
    }
}
