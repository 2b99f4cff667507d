package dev.csimodel.spec.syntax;

import dev.csimodel.spec.Construct;
import dev.csimodel.spec.ConstructType;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The per-construct measurement of a block: type from the operator, mode in brackets. */
class ModelSyntaxMeasurementTest {

    /** Every block form, the construct it declares and how {@code format} writes it back. */
    static Stream<Arguments> forms() {
        return Stream.of(
                arguments("X =~ a + b", OuterMode.A, ConstructType.COMMON_FACTOR, "X =~ a + b"),
                arguments("X =~ [A] a + b", OuterMode.A, ConstructType.COMMON_FACTOR, "X =~ a + b"),
                arguments("X =~ [B] a + b", OuterMode.B, ConstructType.COMMON_FACTOR, "X =~ [B] a + b"),
                arguments("X =~ [unit] a + b", OuterMode.UNIT, ConstructType.COMMON_FACTOR, "X =~ [unit] a + b"),
                arguments("X <~ a + b", OuterMode.B, ConstructType.COMPOSITE, "X <~ a + b"),
                arguments("X <~ [B] a + b", OuterMode.B, ConstructType.COMPOSITE, "X <~ a + b"),
                arguments("X <~ [A] a + b", OuterMode.A, ConstructType.COMPOSITE, "X <~ [A] a + b"),
                arguments("X <~ [unit] a + b", OuterMode.UNIT, ConstructType.COMPOSITE, "X <~ [unit] a + b"),
                arguments("X <~[unit]a", OuterMode.UNIT, ConstructType.COMPOSITE, "X <~ [unit] a"),
                arguments("X =~ [ B ]\ta", OuterMode.B, ConstructType.COMMON_FACTOR, "X =~ [B] a"));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void eachFormDeclaresItsModeAndTypeAndRoundTrips(String text, OuterMode mode, ConstructType type, String written) {
        PathModel m = ModelSyntax.parse(text);
        Construct x = m.construct("X");
        assertEquals(mode, x.mode());
        assertEquals(type, x.type());
        assertEquals(written + "\n", ModelSyntax.format(m));
        assertEquals(m, ModelSyntax.parse(ModelSyntax.format(m)));
    }

    @Test
    void builderFormsRoundTripThroughTheText() {
        PathModel m = PathModel.builder()
                .construct("A").modeA("a1", "a2")
                .construct("B").modeA("b1", "b2").commonFactor()
                .construct("C").modeB("c1", "c2")
                .construct("D").modeB("d1", "d2").commonFactor()
                .construct("E").unitWeights("e1", "e2")
                .construct("F").unitWeights("f1", "f2").commonFactor()
                .paths(List.of("A", "B", "C", "D", "E"), "F")
                .build();
        String expected = """
                A <~ [A] a1 + a2
                B =~ b1 + b2
                C <~ c1 + c2
                D =~ [B] d1 + d2
                E <~ [unit] e1 + e2
                F =~ [unit] f1 + f2

                F ~ A + B + C + D + E
                """;
        assertEquals(expected, ModelSyntax.format(m));
        assertEquals(m, ModelSyntax.parse(expected));
    }

    @Test
    void modelFilesWrittenBeforeModesKeepTheirMeaning() {
        PathModel m = ModelSyntax.parse(EcsiModels.ECSI_TEXT);
        for (Construct c : m.constructs()) {
            assertEquals(OuterMode.A, c.mode(), c.name());
            assertEquals(ConstructType.COMMON_FACTOR, c.type(), c.name());
        }
        PathModel b = ModelSyntax.parse(EcsiModels.ECSI_TEXT.replace("=~", "<~"));
        for (Construct c : b.constructs()) {
            assertEquals(OuterMode.B, c.mode(), c.name());
            assertEquals(ConstructType.COMPOSITE, c.type(), c.name());
        }
    }

    @Test
    void parseIntoAddsTheDeclaredMeasurement() {
        PathModel m = ModelSyntax.parseInto("NPS <~ [unit] nps1 + nps2\nNPS ~ LOY",
                ModelSyntax.parse(EcsiModels.ECSI_TEXT).toBuilder()).build();
        assertEquals(OuterMode.UNIT, m.construct("NPS").mode());
        assertEquals(ConstructType.COMPOSITE, m.construct("NPS").type());
    }

    static Stream<Arguments> malformed() {
        String mode = "expected an outer mode ('A', 'B' or 'unit') but found ";
        return Stream.of(
                arguments("X =~ [C] a", 1, 7, mode + "'C'"),
                arguments("X =~ [a] a", 1, 7, mode + "'a'"),
                arguments("X =~ [Unit] a", 1, 7, mode + "'Unit'"),
                arguments("X =~ [] a", 1, 7, mode + "']'"),
                arguments("X =~ [A a", 1, 9, "expected ']' closing the outer mode but found 'a'"),
                arguments("X =~ [A]\nY =~ b", 1, 9, "expected an indicator name but found end of line"),
                arguments("X =~ [A] [B] a", 1, 10, "expected an indicator name but found '['"),
                arguments("X =~ a + [B] b", 1, 10, "expected an indicator name but found '['"),
                arguments("X =~ a [B]", 1, 8, "expected '+', ';' or end of line but found '['"),
                arguments("X =~ a\nY =~ b\nY ~ [A] X", 3, 5, "expected a construct name but found '['"),
                arguments("X [A] =~ a", 1, 3, "expected an operator ('=~', '<~' or '~') but found '['"),
                arguments("X =~ ]A a", 1, 6, "expected an indicator name but found ']'"),
                arguments("X =~ [1] a", 1, 7, mode + "number '1'"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedModesAreLocated(String text, int line, int column, String message) {
        ModelSyntaxException e = assertThrows(ModelSyntaxException.class, () -> ModelSyntax.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.detail().startsWith(message), e.getMessage());
    }
}
