package dev.csimodel.models.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;

class RepeatPurchaseBandTest {

    private static final double SHARE_TOLERANCE = 1e-15;

    @Test
    void bandsOfShares() {
        assertEquals(RepeatPurchaseBand.HIGH, RepeatPurchaseBand.ofShare(1.0));
        assertEquals(RepeatPurchaseBand.HIGH, RepeatPurchaseBand.ofShare(0.85));
        assertEquals(RepeatPurchaseBand.MEDIUM, RepeatPurchaseBand.ofShare(0.5));
        assertEquals(RepeatPurchaseBand.LOW, RepeatPurchaseBand.ofShare(0.1));
        assertEquals(RepeatPurchaseBand.LOW, RepeatPurchaseBand.ofShare(0.0));
    }

    @Test
    void boundariesBelongToMedium() {
        assertEquals(RepeatPurchaseBand.MEDIUM, RepeatPurchaseBand.ofShare(0.70));
        assertEquals(RepeatPurchaseBand.MEDIUM, RepeatPurchaseBand.ofShare(0.30));
        assertEquals(RepeatPurchaseBand.HIGH, RepeatPurchaseBand.ofShare(Math.nextUp(0.70)));
        assertEquals(RepeatPurchaseBand.LOW, RepeatPurchaseBand.ofShare(Math.nextDown(0.30)));
    }

    @Test
    void bandsOfCountsAreExactAtTheBoundaries() {
        // 7 of 10 and 70 of 100 are exactly 70 %: medium; 71 of 100 is high
        assertEquals(RepeatPurchaseBand.MEDIUM, new RepeatPurchaseRate(7, 10).band());
        assertEquals(RepeatPurchaseBand.MEDIUM, new RepeatPurchaseRate(70, 100).band());
        assertEquals(RepeatPurchaseBand.HIGH, new RepeatPurchaseRate(71, 100).band());
        // 3 of 10 and 30 of 100 are exactly 30 %: medium; 29 of 100 is low
        assertEquals(RepeatPurchaseBand.MEDIUM, new RepeatPurchaseRate(3, 10).band());
        assertEquals(RepeatPurchaseBand.MEDIUM, new RepeatPurchaseRate(30, 100).band());
        assertEquals(RepeatPurchaseBand.LOW, new RepeatPurchaseRate(29, 100).band());
        // 700001 of 1000000 is just above 70 %
        assertEquals(RepeatPurchaseBand.HIGH, new RepeatPurchaseRate(700_001, 1_000_000).band());
        // 21 of 30 = 70 % exactly
        assertEquals(RepeatPurchaseBand.MEDIUM, new RepeatPurchaseRate(21, 30).band());
        assertEquals(0.7, new RepeatPurchaseRate(21, 30).share(), SHARE_TOLERANCE);
    }

    @Test
    void rejectsImpossibleSharesAndCounts() {
        assertThrows(CsiDataException.class, () -> RepeatPurchaseBand.ofShare(-0.01));
        assertThrows(CsiDataException.class, () -> RepeatPurchaseBand.ofShare(1.01));
        assertThrows(CsiDataException.class, () -> RepeatPurchaseBand.ofShare(Double.NaN));
        assertThrows(CsiDataException.class, () -> new RepeatPurchaseRate(1, 0));
        assertThrows(CsiDataException.class, () -> new RepeatPurchaseRate(11, 10));
        assertThrows(CsiDataException.class, () -> new RepeatPurchaseRate(-1, 10));
        assertThrows(CsiDataException.class, () -> new RepeatPurchaseRate(1, Long.MAX_VALUE));
    }
}
