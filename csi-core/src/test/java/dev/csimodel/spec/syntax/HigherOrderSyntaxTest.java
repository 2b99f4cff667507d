package dev.csimodel.spec.syntax;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Higher-order constructs in the model syntax: parsing, round trip, located errors. */
class HigherOrderSyntaxTest {

    static final String LOWER = """
            IMAG =~ imag1 + imag2
            EXPE =~ expe1 + expe2
            QUAL =~ qual1 + qual2
            VAL =~ val1 + val2
            SAT =~ sat1 + sat2
            """;
    static final String TEXT = LOWER + """
            QV =~ QUAL + VAL

            EXPE ~ IMAG
            QV ~ EXPE
            SAT ~ IMAG + EXPE + QV
            """;

    @Test
    void aBlockOfConstructsDeclaresAHigherOrderConstruct() {
        PathModel m = ModelSyntax.parse(TEXT);
        assertTrue(m.isHigherOrder("QV"));
        assertFalse(m.isHigherOrder("QUAL"));
        assertEquals(List.of("QUAL", "VAL"), m.construct("QV").indicators());
        assertEquals(OuterMode.A, m.construct("QV").mode());
        assertEquals(Optional.of("QV"), m.higherOrderOf("VAL"));
        assertEquals(Optional.empty(), m.higherOrderOf("SAT"));
        assertFalse(m.indicators().contains("QUAL"), "dimensions are not columns");
        assertEquals(10, m.indicators().size());
    }

    @Test
    void theBuilderMakesTheSameModel() {
        PathModel built = PathModel.builder()
                .construct("IMAG").modeA("imag1", "imag2").commonFactor()
                .construct("EXPE").modeA("expe1", "expe2").commonFactor()
                .construct("QUAL").modeA("qual1", "qual2").commonFactor()
                .construct("VAL").modeA("val1", "val2").commonFactor()
                .construct("SAT").modeA("sat1", "sat2").commonFactor()
                .construct("QV").higherOrder(OuterMode.A, "QUAL", "VAL").commonFactor()
                .path("IMAG", "EXPE").path("EXPE", "QV").path("IMAG", "SAT").path("EXPE", "SAT").path("QV", "SAT")
                .build();
        assertEquals(built, ModelSyntax.parse(TEXT));
        assertEquals(built, built.toBuilder().build());
    }

    @Test
    void formatRoundTripsModeAAndModeBHigherOrderConstructs() {
        String modeB = TEXT.replace("QV =~ QUAL + VAL", "QV <~ QUAL + VAL");
        for (String text : List.of(TEXT, modeB, "QV =~ QUAL + VAL\n" + LOWER.replace("IMAG =~ imag1 + imag2\n", ""))) {
            PathModel m = ModelSyntax.parse(text);
            String written = ModelSyntax.format(m);
            assertEquals(m, ModelSyntax.parse(written), written);
            assertEquals(written, ModelSyntax.format(ModelSyntax.parse(written)));
        }
        assertEquals(OuterMode.B, ModelSyntax.parse(modeB).construct("QV").mode());
        assertTrue(ModelSyntax.format(ModelSyntax.parse(TEXT)).contains("\nQV =~ QUAL + VAL\n"));
    }

    @Test
    void higherOrderConstructsAreListedInDeclarationOrder() {
        PathModel hoc = ModelSyntax.parse(TEXT.replace("SAT =~ sat1 + sat2", "SAT =~ sat1 + sat2\nEI =~ IMAG + EXPE")
                .replace("EXPE ~ IMAG\nQV ~ EXPE\nSAT ~ IMAG + EXPE + QV", "QV ~ EI\nSAT ~ EI + QV"));
        assertEquals(List.of("EI", "QV"), hoc.higherOrderConstructs().stream().map(Construct::name).toList());
    }

    static Stream<Arguments> malformed() {
        String paths = "\nEXPE ~ IMAG\nQV ~ EXPE\nSAT ~ QV\n";
        return Stream.of(
                // mixing constructs and columns: the column is the culprit (line 6, after 'QV =~ QUAL + ')
                arguments(LOWER + "QV =~ QUAL + val9" + paths, 6, 14, "found 'val9', which no block declares"),
                arguments(LOWER + "QV =~ val9 + QUAL" + paths, 6, 7, "a higher-order construct lists constructs only"),
                // a higher-order construct of one lower-order construct
                arguments(LOWER + "QV =~ QUAL" + paths, 6, 7, "at least two dimensions of higher-order construct 'QV'"),
                // a lower-order construct in two higher-order constructs
                arguments(LOWER + "QV =~ QUAL + VAL\nQX =~ EXPE + QUAL" + paths, 7, 14, "already a dimension of 'QV'"),
                // third order
                arguments(LOWER + "QV =~ QUAL + VAL\nQX =~ QV + EXPE\nSAT ~ QX + IMAG", 7, 7, "itself higher-order"),
                // a path between a higher-order construct and its own dimension
                arguments(LOWER + "QV =~ QUAL + VAL\nQUAL ~ QV\nSAT ~ QV", 7, 1, "cycle through higher-order construct 'QV'"),
                // a path touching a dimension
                arguments(LOWER + "QV =~ QUAL + VAL\nSAT ~ QV + VAL\nEXPE ~ IMAG", 7, 12, "a dimension of higher-order construct 'QV'"),
                // a structural cycle through a higher-order construct: SAT -> QV closes QV -> SAT -> QV
                arguments(LOWER + "QV =~ QUAL + VAL\nSAT ~ QV\nQV ~ SAT + EXPE\nEXPE ~ IMAG", 8, 6,
                        "closes the cycle QV -> SAT -> QV through higher-order construct 'QV'"));
    }

    @ParameterizedTest(name = "[{index}] {1}:{2} {3}")
    @MethodSource("malformed")
    void malformedHigherOrderFormsAreLocated(String text, int line, int column, String message) {
        ModelSyntaxException e = assertThrows(ModelSyntaxException.class, () -> ModelSyntax.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.detail().startsWith("expected "), e.getMessage());
        assertTrue(e.detail().contains(message), () -> "message '" + e.getMessage() + "' lacks '" + message + "'");
    }

    @Test
    void theBuilderRejectsTheSameFormsNamingTheConstructs() {
        assertRejected(() -> lower().construct("QV").higherOrder(OuterMode.A, "QUAL", "val9").path("QV", "SAT").build(),
                "'val9', which is not a construct");
        assertRejected(() -> lower().construct("QV").higherOrder(OuterMode.A, "QUAL").path("QV", "SAT").build(),
                "one dimension ('QUAL')");
        assertRejected(() -> lower().construct("QV").higherOrder(OuterMode.A, "QUAL", "VAL")
                .construct("QX").higherOrder(OuterMode.A, "EXPE", "VAL").path("QV", "SAT").path("QX", "SAT").build(),
                "'VAL' is a dimension of both 'QV' and 'QX'");
        assertRejected(() -> lower().construct("QV").higherOrder(OuterMode.A, "QUAL", "VAL").path("QV", "QUAL").build(),
                "cycle through higher-order construct 'QV'");
        assertRejected(() -> lower().construct("QV").higherOrder(OuterMode.A, "QUAL", "VAL").path("VAL", "SAT")
                .path("QV", "SAT").build(), "touches 'VAL', a dimension of higher-order construct 'QV'");
        assertRejected(() -> lower().construct("QV").higherOrder(OuterMode.A, "QUAL", "VAL").path("QV", "SAT")
                .path("SAT", "QV").path("EXPE", "QV").build(), "the structural model has a cycle");
    }

    @Test
    void thePlainEstimatorsRefuseAHigherOrderModelByName() {
        PathModel m = ModelSyntax.parse(TEXT);
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, m::blocks);
        assertTrue(e.getMessage().contains("construct 'QV' is higher-order"), e.getMessage());
        assertTrue(e.getMessage().contains("HigherOrderEstimator"), e.getMessage());
    }

    private static PathModelBuilder lower() {
        return PathModel.builder()
                .construct("EXPE").modeA("expe1").construct("QUAL").modeA("qual1").construct("VAL").modeA("val1")
                .construct("SAT").modeA("sat1");
    }

    private static void assertRejected(Executable build, String message) {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, build);
        assertTrue(e.getMessage().contains(message), () -> "message '" + e.getMessage() + "' lacks '" + message + "'");
    }
}
