package dev.csimodel.spec;

import dev.csimodel.CsiSpecificationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathModelTest {

    static PathModelBuilder twoBlocks() {
        return PathModel.builder()
                .construct("IMAG").modeA("imag1", "imag2")
                .construct("SAT").modeA("sat1", "sat2");
    }

    static void assertRejected(PathModelBuilder b, String... fragments) {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, b::build);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + e.getMessage() + "' should name " + f);
        }
    }

    @Test
    void keepsDeclarationOrder() {
        PathModel m = PathModel.builder()
                .construct("Z").modeB("z2", "z1")
                .construct("A").modeA("a1")
                .path("Z", "A").build();
        assertEquals(List.of("Z", "A"), m.constructNames());
        assertEquals(List.of("z2", "z1", "a1"), m.indicators());
        assertEquals(OuterMode.B, m.construct("Z").mode());
        assertEquals(ConstructType.COMPOSITE, m.construct("Z").type());
        assertEquals(List.of("Z"), m.predecessors("A"));
        assertTrue(m.isEndogenous("A"));
        assertFalse(m.isEndogenous("Z"));
    }

    @Test
    void modelIsImmutable() {
        PathModel m = twoBlocks().path("IMAG", "SAT").build();
        assertThrows(UnsupportedOperationException.class, () -> m.indicators().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> m.construct("SAT").indicators().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> m.paths().clear());
    }

    @Test
    void toBuilderRoundTripsAndAllowsEditing() {
        PathModel m = twoBlocks().construct("LOY").modeA("loy1").commonFactor()
                .path("IMAG", "SAT").path("SAT", "LOY").path("IMAG", "LOY").build();
        assertEquals(m, m.toBuilder().build());
        PathModel fewer = m.toBuilder().removePath("IMAG", "LOY").build();
        assertFalse(fewer.hasPath("IMAG", "LOY"));
        assertEquals(ConstructType.COMMON_FACTOR, fewer.construct("LOY").type());
        PathModel smaller = m.toBuilder().removeConstruct("LOY").build();
        assertEquals(List.of("IMAG", "SAT"), smaller.constructNames());
    }

    @Test
    void rejectsUnknownConstructInPath() {
        assertRejected(twoBlocks().path("IMAG", "LOY"), "LOY", "IMAG -> LOY");
    }

    @Test
    void rejectsDuplicatedConstruct() {
        assertThrows(CsiSpecificationException.class,
                () -> twoBlocks().construct("SAT").modeA("sat3"), "declared twice");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> twoBlocks().construct("SAT").modeA("sat3"));
        assertTrue(e.getMessage().contains("SAT"));
    }

    @Test
    void rejectsIndicatorInTwoBlocks() {
        assertRejected(twoBlocks().construct("LOY").modeA("sat1").path("IMAG", "SAT").path("SAT", "LOY"),
                "sat1", "SAT", "LOY");
    }

    @Test
    void rejectsIndicatorTwiceInOneBlock() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> PathModel.builder().construct("A").modeA("a1", "a1"));
        assertTrue(e.getMessage().contains("a1"));
    }

    @Test
    void rejectsConstructWithoutIndicators() {
        assertRejected(twoBlocks().construct("LOY").path("IMAG", "SAT").path("SAT", "LOY"), "LOY", "no indicators");
    }

    @Test
    void rejectsCycleAndNamesIt() {
        assertRejected(twoBlocks().construct("LOY").modeA("loy1")
                .path("IMAG", "SAT").path("SAT", "LOY").path("LOY", "IMAG"), "cycle", "IMAG -> SAT -> LOY -> IMAG");
    }

    @Test
    void rejectsSelfLoopAndDuplicatePath() {
        assertRejected(twoBlocks().path("SAT", "SAT").path("IMAG", "SAT"), "self-loop", "SAT");
        assertRejected(twoBlocks().path("IMAG", "SAT").path("IMAG", "SAT"), "duplicate path IMAG -> SAT");
    }

    @Test
    void rejectsIsolatedConstruct() {
        assertRejected(twoBlocks().construct("LOY").modeA("loy1").path("IMAG", "SAT"), "LOY", "isolated");
    }

    @Test
    void acceptsMeasurementOnlyModel() {
        PathModel m = twoBlocks().build();
        assertTrue(m.paths().isEmpty());
        assertTrue(m.endogenous().isEmpty());
    }

    @Test
    void rejectsEmptyNamesAndEmptyModel() {
        assertThrows(CsiSpecificationException.class, () -> PathModel.builder().construct(" "));
        assertThrows(CsiSpecificationException.class, () -> PathModel.builder().construct("A").modeA("a", ""));
        assertThrows(CsiSpecificationException.class, () -> PathModel.builder().build());
        assertThrows(CsiSpecificationException.class, () -> PathModel.builder().modeA("x"));
    }

    @Test
    void unknownConstructLookupNamesIt() {
        PathModel m = twoBlocks().path("IMAG", "SAT").build();
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> m.construct("VAL"));
        assertTrue(e.getMessage().contains("VAL"));
        assertThrows(CsiSpecificationException.class, () -> m.toBuilder().removePath("SAT", "IMAG"));
    }
}
