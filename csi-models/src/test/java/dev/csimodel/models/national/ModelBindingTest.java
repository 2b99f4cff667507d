package dev.csimodel.models.national;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.models.Bank;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelBindingTest {

    private static ModelBinding ecsi(IndexModel model) {
        return model.binding()
                .map("IMAG", Bank.items("imag", 5)).map("EXPE", Bank.items("expe", 5))
                .map("QUAL", Bank.items("qual", 5)).map("VAL", Bank.items("val", 4))
                .map("SAT", Bank.items("sat", 4)).map("LOY", Bank.items("loy", 4));
    }

    @Test
    void unmappedRequiredConstructIsNamed() {
        ModelBinding b = IndexModel.ECSI.binding().map("IMAG", "imag1").map("EXPE", "expe1")
                .map("QUAL", "qual1").map("VAL", "val1").map("LOY", "loy1");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, b::build);
        assertTrue(e.getMessage().contains("'SAT'"), e.getMessage());
    }

    @Test
    void unknownConstructIsNamed() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> IndexModel.SCSB.binding().map("TRUST", "t1"));
        assertTrue(e.getMessage().contains("'TRUST'"), e.getMessage());
        CsiSpecificationException m = assertThrows(CsiSpecificationException.class,
                () -> IndexModel.SCSB.bind(Map.of("CE", List.of("a"), "FOO", List.of("b"))));
        assertTrue(m.getMessage().contains("'FOO'"), m.getMessage());
    }

    @Test
    void unknownColumnIsNamedWhenBindingAgainstData() {
        ModelBinding b = ecsi(IndexModel.ECSI).map("SAT", "sat1", "sat2", "sat9");
        CsiDataException e = assertThrows(CsiDataException.class, () -> b.build(Bank.indicators()));
        assertTrue(e.getMessage().contains("'sat9'") && e.getMessage().contains("'SAT'"), e.getMessage());
    }

    @Test
    void emptyMappingAndColumnInTwoBlocksAreRejected() {
        assertThrows(CsiSpecificationException.class, () -> IndexModel.ECSI.binding().map("SAT"));
        ModelBinding b = ecsi(IndexModel.ECSI).map("LOY", "loy1", "sat1");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, b::build);
        assertTrue(e.getMessage().contains("'sat1'"), e.getMessage());
    }

    @Test
    void optionalComplaintsMayBeLeftOut() {
        PathModel withoutComp = ecsi(IndexModel.ECSI_COMPLAINTS).build();
        PathModel core = ecsi(IndexModel.ECSI).build();
        assertEquals(core, withoutComp);
        PathModel explicit = ecsi(IndexModel.ECSI_COMPLAINTS).without("COMP").build();
        assertEquals(core, explicit);
        ModelBinding both = ecsi(IndexModel.ECSI_COMPLAINTS).map("COMP", "comp1").without("COMP");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, both::build);
        assertTrue(e.getMessage().contains("'COMP'"), e.getMessage());
    }

    @Test
    void complaintsAreKeptWhenMapped() {
        PathModel m = ecsi(IndexModel.ECSI_COMPLAINTS).map("COMP", "comp1").build();
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL", "SAT", "COMP", "LOY"), m.constructNames());
        assertTrue(m.hasPath("SAT", "COMP") && m.hasPath("COMP", "LOY"));
        assertEquals(12, m.paths().size());
    }

    @Test
    void pathsCanBeAddedAndDropped() {
        PathModel m = ecsi(IndexModel.CCSI).withoutPath("VAL", "LOY").withPath("QUAL", "LOY").build();
        assertFalse(m.hasPath("VAL", "LOY"));
        assertTrue(m.hasPath("QUAL", "LOY"));
        assertEquals(11, m.paths().size());
        // dropping and re-adding a canonical path restores it
        PathModel restored = ecsi(IndexModel.ECSI).withoutPath("IMAG", "LOY").withPath("IMAG", "LOY").build();
        assertEquals(ecsi(IndexModel.ECSI).build(), restored);
    }

    @Test
    void badPathEditsAreRejected() {
        CsiSpecificationException dup = assertThrows(CsiSpecificationException.class,
                () -> ecsi(IndexModel.ECSI).withPath("SAT", "LOY"));
        assertTrue(dup.getMessage().contains("SAT -> LOY"), dup.getMessage());
        CsiSpecificationException none = assertThrows(CsiSpecificationException.class,
                () -> ecsi(IndexModel.ECSI).withoutPath("LOY", "IMAG"));
        assertTrue(none.getMessage().contains("LOY -> IMAG"), none.getMessage());
        CsiSpecificationException unknown = assertThrows(CsiSpecificationException.class,
                () -> ecsi(IndexModel.ECSI).withPath("SAT", "TRUST"));
        assertTrue(unknown.getMessage().contains("'TRUST'"), unknown.getMessage());
        // a cycle is caught by the core model's validation
        assertThrows(CsiSpecificationException.class, () -> ecsi(IndexModel.ECSI).withPath("LOY", "IMAG").build());
    }

    @Test
    void blocksAreModeAUnlessChanged() {
        PathModel m = ecsi(IndexModel.ECSI).mode("VAL", OuterMode.B).build();
        assertEquals(OuterMode.B, m.construct("VAL").mode());
        assertEquals(OuterMode.A, m.construct("SAT").mode());
    }
}
