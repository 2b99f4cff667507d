package dev.csimodel.ordinal;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrdinalIndicatorTest {

    /** Counts 2, 3, 5 of 10: cumulative shares 0.2 and 0.5, τ = Φ⁻¹(0.2) = −0.8416212335729143 and Φ⁻¹(0.5) = 0. */
    @Test
    void thresholdsAreNormalQuantilesOfCumulativeShares() {
        OrdinalIndicator o = OrdinalIndicator.of("q", new double[] {3, 1, 2, 3, 2, 3, 1, 3, 2, 3}, 20);
        assertEquals(List.of(1.0, 2.0, 3.0), o.categories());
        assertEquals(List.of(2, 3, 5), o.counts());
        assertEquals(2, o.thresholds().size());
        assertEquals(-0.8416212335729143, o.thresholds().get(0), 1e-15);
        assertEquals(0.0, o.thresholds().get(1), 1e-15);
        assertArrayEquals(new int[] {2, 0, 1, 2, 1, 2, 0, 2, 1, 2}, o.codes(new double[] {3, 1, 2, 3, 2, 3, 1, 3, 2, 3}));
    }

    /** A scale point nobody chose is no category (as R's as.ordered of the observed values). */
    @Test
    void unobservedScalePointsAreNoCategories() {
        OrdinalIndicator o = OrdinalIndicator.of("q", new double[] {0, 10, 10, 0}, 20);
        assertEquals(2, o.categoryCount());
        assertEquals(0.0, o.thresholds().get(0), 1e-15);
    }

    @Test
    void aSingleCategoryIsRefusedByName() {
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> OrdinalIndicator.of("sat3", new double[] {4, 4, 4}, 20));
        assertTrue(e.getMessage().contains("'sat3'") && e.getMessage().contains("single category"), e.getMessage());
    }

    @Test
    void tooManyCategoriesAreRefusedByNameAndCount() {
        double[] x = new double[21];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.5;
        }
        CsiDataException e = assertThrows(CsiDataException.class, () -> OrdinalIndicator.of("income", x, 20));
        assertTrue(e.getMessage().contains("'income' has 21 categories, more than the 20"), e.getMessage());
        assertEquals(21, OrdinalIndicator.of("income", x, 21).categoryCount());
    }

    @Test
    void aMissingValueIsRefusedWithItsRow() {
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> OrdinalIndicator.of("loy2", new double[] {1, 2, Double.NaN}, 20));
        assertTrue(e.getMessage().contains("'loy2'") && e.getMessage().contains("row 3"), e.getMessage());
    }
}
