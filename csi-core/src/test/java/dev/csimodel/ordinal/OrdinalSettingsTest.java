package dev.csimodel.ordinal;

import dev.csimodel.CsiSpecificationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrdinalSettingsTest {

    @Test
    void defaultsAndWithers() {
        OrdinalSettings all = OrdinalSettings.allIndicators();
        assertTrue(all.all() && all.isOrdinal("anything"));
        assertEquals(20, all.maxCategories());
        assertFalse(all.smoothing());
        OrdinalSettings some = all.withOrdinal("imag1", "imag2").withMaxCategories(11).withSmoothing(true).withThreads(2);
        assertEquals(List.of("imag1", "imag2"), some.ordinal());
        assertTrue(some.isOrdinal("imag2"));
        assertFalse(some.isOrdinal("imag3"));
        assertEquals(11, some.maxCategories());
        assertTrue(some.smoothing());
        assertEquals(2, some.threads());
        assertTrue(some.withAllIndicators().isOrdinal("imag3"));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(CsiSpecificationException.class, () -> OrdinalSettings.indicators("a", "a"));
        assertThrows(CsiSpecificationException.class, OrdinalSettings::indicators);
        assertThrows(CsiSpecificationException.class, () -> OrdinalSettings.allIndicators().withMaxCategories(1));
        assertThrows(CsiSpecificationException.class, () -> OrdinalSettings.allIndicators().withThreads(0));
        assertThrows(CsiSpecificationException.class, () -> new OrdinalSettings(true, List.of("a"), 20, false, 1));
    }
}
