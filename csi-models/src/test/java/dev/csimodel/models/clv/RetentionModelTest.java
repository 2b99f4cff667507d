package dev.csimodel.models.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiSpecificationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RetentionModelTest {

    /** Relative tolerance for closed form against explicit summation. */
    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final double HAND_TOLERANCE = 1e-4;

    private static final RetentionModel MODEL = new RetentionModel(100, 0.8, 0.1);

    /** The definition, summed term by term. */
    private static double explicitSum(double m, double r, double i, int horizon) {
        double sum = 0;
        for (int t = 1; t <= horizon; t++) {
            sum += m * Math.pow(r, t) / Math.pow(1 + i, t);
        }
        return sum;
    }

    @Test
    void handComputedThreePeriods() {
        // m = 100, r = 0.8, i = 0.1, margin at the end of each period:
        // t=1: 100 * 0.8 / 1.1 = 72.72727; t=2: 100 * 0.64 / 1.21 = 52.89256;
        // t=3: 100 * 0.512 / 1.331 = 38.46732; sum = 164.08715
        assertEquals(72.72727, MODEL.finiteHorizonValue(1), HAND_TOLERANCE);
        assertEquals(72.72727 + 52.89256, MODEL.finiteHorizonValue(2), HAND_TOLERANCE);
        assertEquals(164.08715, MODEL.finiteHorizonValue(3), HAND_TOLERANCE);
        assertEquals(0.0, MODEL.finiteHorizonValue(0), 0.0);
    }

    @Test
    void infiniteHorizonClosedForm() {
        // 100 * 0.8 / (1 + 0.1 - 0.8) = 80 / 0.3 = 266.66667; margin multiple 0.8 / 0.3 = 2.66667
        assertEquals(800.0 / 3, MODEL.infiniteHorizonValue(), 1e-9);
        assertEquals(8.0 / 3, MODEL.marginMultiple(), 1e-12);
    }

    @Test
    void finiteHorizonConvergesToClosedForm() {
        double limit = MODEL.infiniteHorizonValue();
        double previousGap = Double.POSITIVE_INFINITY;
        for (int horizon : new int[] {1, 5, 10, 25, 50, 100}) {
            double gap = limit - MODEL.finiteHorizonValue(horizon);
            assertTrue(gap > 0 && gap < previousGap, "T = " + horizon);
            // the remainder is the geometric tail: limit * q^T with q = 0.8 / 1.1
            assertEquals(limit * Math.pow(0.8 / 1.1, horizon), gap, 1e-9 * limit);
            previousGap = gap;
        }
        assertEquals(limit, MODEL.finiteHorizonValue(200), 1e-12 * limit);
        assertEquals(limit, MODEL.finiteHorizonValue(Integer.MAX_VALUE), 1e-12 * limit);
    }

    @Test
    void closedFormMatchesExplicitSum() {
        double[][] cases = {{100, 0.8, 0.1}, {-40, 0.5, 0.05}, {12.5, 0.95, 0.0}, {70, 0.9, -0.2}, {1, 0.3, 2}};
        for (double[] c : cases) {
            RetentionModel model = new RetentionModel(c[0], c[1], c[2]);
            for (int horizon = 1; horizon <= 60; horizon++) {
                double expected = explicitSum(c[0], c[1], c[2], horizon);
                assertEquals(expected, model.finiteHorizonValue(horizon),
                        RELATIVE_TOLERANCE * Math.abs(expected), "case " + Arrays.toString(c) + " T = " + horizon);
            }
        }
    }

    @Test
    void noRetentionMeansNoFutureValue() {
        RetentionModel lost = new RetentionModel(100, 0.0, 0.1);
        assertEquals(0.0, lost.finiteHorizonValue(10), 0.0);
        assertEquals(0.0, lost.infiniteHorizonValue(), 0.0);
    }

    @Test
    void retentionEqualToOnePlusDiscountRate() {
        // r = 0.5, i = -0.5: q = 1, every period is worth m, the infinite sum diverges
        RetentionModel flat = new RetentionModel(10, 0.5, -0.5);
        assertEquals(70.0, flat.finiteHorizonValue(7), 1e-12);
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, flat::infiniteHorizonValue);
        assertTrue(e.getMessage().contains("diverges"), e.getMessage());
        // q > 1: finite values exist, the infinite one does not, and a huge horizon overflows
        RetentionModel growing = new RetentionModel(10, 0.9, -0.5);
        assertThrows(CsiSpecificationException.class, growing::infiniteHorizonValue);
        assertThrows(CsiSpecificationException.class, () -> growing.finiteHorizonValue(5000));
    }

    @Test
    void rejectsInvalidParameters() {
        CsiSpecificationException r = assertThrows(CsiSpecificationException.class,
                () -> new RetentionModel(100, 1.0, 0.1));
        assertTrue(r.getMessage().contains("retention"), r.getMessage());
        assertThrows(CsiSpecificationException.class, () -> new RetentionModel(100, -0.1, 0.1));
        assertThrows(CsiSpecificationException.class, () -> new RetentionModel(100, Double.NaN, 0.1));
        CsiSpecificationException i = assertThrows(CsiSpecificationException.class,
                () -> new RetentionModel(100, 0.8, -1.0));
        assertTrue(i.getMessage().contains("discount"), i.getMessage());
        assertThrows(CsiSpecificationException.class, () -> new RetentionModel(100, 0.8, -2));
        assertThrows(CsiSpecificationException.class, () -> new RetentionModel(100, 0.8, Double.NaN));
        assertThrows(CsiSpecificationException.class,
                () -> new RetentionModel(100, 0.8, Double.POSITIVE_INFINITY));
        assertThrows(CsiSpecificationException.class, () -> new RetentionModel(Double.NaN, 0.8, 0.1));
        CsiSpecificationException t = assertThrows(CsiSpecificationException.class,
                () -> MODEL.finiteHorizonValue(-1));
        assertTrue(t.getMessage().contains("horizon"), t.getMessage());
    }
}
