package dev.csimodel.spec.syntax;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.InteractionPath;
import dev.csimodel.spec.InteractionTerm;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Interaction terms {@code A:B} in path statements: parsing, round trip, and malformed forms with line and column. */
class InteractionSyntaxTest {

    private static final String BLOCKS = "IMAG =~ i1 + i2\nVAL =~ v1 + v2\nSAT =~ s1 + s2\n";

    @Test
    void productTermIsParsedAsAnInteractionPathBesideTheMainEffects() {
        PathModel m = ModelSyntax.parse(BLOCKS + "SAT ~ IMAG + VAL + IMAG:VAL\n");
        assertEquals(List.of(new InteractionPath(new InteractionTerm("IMAG", "VAL"), "SAT")), m.interactionPaths());
        assertTrue(m.hasPath("IMAG", "SAT"));
        assertTrue(m.hasPath("VAL", "SAT"));
        assertEquals(2, m.paths().size());
        assertEquals(List.of("IMAG", "VAL", "SAT"), m.constructNames());
    }

    @Test
    void quadraticTermAndTermBeforeItsMainEffects() {
        PathModel m = ModelSyntax.parse(BLOCKS + "SAT ~ VAL:VAL + IMAG:VAL + IMAG + VAL\n");
        assertEquals(List.of(new InteractionTerm("VAL", "VAL"), new InteractionTerm("IMAG", "VAL")), m.interactionTerms());
        assertTrue(m.interactionTerms().get(0).isQuadratic());
        assertFalse(m.interactionTerms().get(1).isQuadratic());
    }

    @Test
    void formatWritesTermsAfterTheMainEffectsAndRoundTrips() {
        PathModel m = ModelSyntax.parse(BLOCKS + "SAT ~ IMAG:VAL + IMAG + VAL + VAL:VAL\n");
        String text = ModelSyntax.format(m);
        assertEquals(BLOCKS + "\nSAT ~ IMAG + VAL + IMAG:VAL + VAL:VAL\n", text);
        assertEquals(m, ModelSyntax.parse(text));
    }

    @Test
    void builderMakesTheSameModelAndRoundTrips() {
        PathModel built = PathModel.builder().construct("IMAG").modeA("i1", "i2").commonFactor()
                .construct("VAL").modeA("v1", "v2").commonFactor()
                .construct("SAT").modeA("s1", "s2").commonFactor().path("IMAG", "SAT").path("VAL", "SAT")
                .interaction("IMAG", "VAL", "SAT").build();
        assertEquals(ModelSyntax.parse(BLOCKS + "SAT ~ IMAG + VAL + IMAG:VAL"), built);
        assertEquals(built, ModelSyntax.parse(ModelSyntax.format(built)));
        assertEquals(built, built.toBuilder().build());
    }

    @Test
    void termsSplitOverStatementsGoToTheLastStatementIntoTheirTarget() {
        String text = "A =~ a\nB =~ b\nC =~ c\nD =~ d\n\nC ~ A\nD ~ C\nC ~ B + A:B\n";
        PathModel m = ModelSyntax.parse(text);
        assertEquals(text, ModelSyntax.format(m));
        assertEquals(m, ModelSyntax.parse(ModelSyntax.format(m)));
    }

    @Test
    void removingAFactorDropsItsInteractionPaths() {
        PathModel m = ModelSyntax.parse(BLOCKS + "SAT ~ IMAG + VAL + IMAG:VAL\n");
        assertEquals(List.of(), m.toBuilder().removeConstruct("IMAG").build().interactionPaths());
    }

    @Test
    void builderWithoutMainEffectIsRejectedNamingIt() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> PathModel.builder()
                .construct("A").modeA("a").construct("B").modeA("b").construct("C").modeA("c")
                .path("A", "C").interaction("A", "B", "C").build());
        assertTrue(e.getMessage().contains("needs the main effect B -> C"), e.getMessage());
    }

    @Test
    void builderWithUnknownFactorIsRejectedNamingIt() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> PathModel.builder()
                .construct("A").modeA("a").construct("C").modeA("c").path("A", "C").interaction("A", "X", "C").build());
        assertTrue(e.getMessage().contains("unknown construct 'X'"), e.getMessage());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                // "SAT ~ IMAG + VAL + IMAG:VLA": VLA at column 25
                arguments(BLOCKS + "SAT ~ IMAG + VAL + IMAG:VLA", 4, 25, "found 'VLA', which no block declares"),
                arguments(BLOCKS + "IMAG:VAL ~ SAT", 4, 5, "an interaction term can only be a predictor"),
                arguments(BLOCKS + "VAL ~ IMAG + IMAG:VAL", 4, 19, "a product of 'VAL' itself"),
                arguments(BLOCKS + "SAT ~ IMAG + VAL + IMAG:VAL + VAL:IMAG", 4, 31, "the same product as 'IMAG:VAL' at line 4, column 20"),
                arguments(BLOCKS + "SAT ~ IMAG + IMAG:VAL", 4, 19, "'VAL' is not a predictor of 'SAT'"),
                arguments(BLOCKS + "SAT ~ IMAG + VAL + IMAG:VAL:SAT", 4, 28, "three-way terms are not supported"),
                arguments("IMAG =~ i1 + i1:i2", 1, 16, "not indicators"),
                arguments(BLOCKS + "SAT ~ IMAG + VAL + IMAG:", 4, 25, "expected a construct name after ':' but found end of input"),
                arguments(BLOCKS + "SAT ~ IMAG + VAL + IMAG:s1", 4, 25, "found 's1', an indicator of 'SAT'"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedInteractionIsRejectedAtItsLineAndColumn(String text, int line, int column, String message) {
        ModelSyntaxException e = assertThrows(ModelSyntaxException.class, () -> ModelSyntax.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.detail().contains(message), e.getMessage());
    }

    @Test
    void interactionWhoseFactorDependsOnTheTargetIsACycleNamingTheConstructs() {
        // EXPE:VAL -> QUAL needs VAL -> QUAL, and QUAL -> VAL closes a cycle through the product's factor
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> ModelSyntax.parse(
                "EXPE =~ e1\nQUAL =~ q1\nVAL =~ v1\nQUAL ~ EXPE + VAL + EXPE:VAL\nVAL ~ QUAL\n"));
        assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("QUAL") && e.getMessage().contains("VAL"),
                e.getMessage());
    }

    @Test
    void plainEstimatorRefusesAnInteractionModelByName() {
        PathModel m = ModelSyntax.parse(BLOCKS + "SAT ~ IMAG + VAL + IMAG:VAL\n");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () ->
                dev.csimodel.estimate.PlsEstimator.withDefaults().estimate(m, dev.csimodel.data.DataTable.ofRows(
                        List.of("i1", "i2", "v1", "v2", "s1", "s2"), new double[][] {{1, 2, 3, 4, 5, 6}, {2, 1, 4, 3, 6, 5}})));
        assertTrue(e.getMessage().contains("IMAG:VAL -> SAT") && e.getMessage().contains("ModerationEstimator"), e.getMessage());
    }
}
