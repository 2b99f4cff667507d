package dev.csimodel.models.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiSpecificationException;
import org.junit.jupiter.api.Test;

class RandomIndexTest {

    @Test
    void saatyTable() {
        // Saaty (1980), orders 1-15
        double[] expected = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
        for (int n = 1; n <= 15; n++) {
            assertEquals(expected[n - 1], RandomIndex.of(n), 0.0, "n = " + n);
        }
    }

    @Test
    void outsideTableIsRejected() {
        assertThrows(CsiSpecificationException.class, () -> RandomIndex.of(0));
        assertThrows(CsiSpecificationException.class, () -> RandomIndex.of(16));
    }

    @Test
    void consistencyRatioBoundaryIsInconsistent() {
        // CR >= 0.10 is inconsistent, CR just below is consistent
        assertFalse(new AhpConsistency(3, 3.116, 0.058, 0.58, 0.10).consistent());
        assertTrue(new AhpConsistency(3, 3.1159, 0.05795, 0.58, 0.0999).consistent());
    }

    @Test
    void consistencyFromLambda() {
        // n = 5, lambdaMax = 5.448: CI = 0.448 / 4 = 0.112, CR = 0.112 / 1.12 = 0.1
        AhpConsistency c = AhpConsistency.of(5, 5.448);
        assertEquals(0.112, c.ci(), 1e-12);
        assertEquals(0.1, c.cr(), 1e-12);
        // a lambdaMax a rounding step below n gives CI = 0, not a negative value
        assertEquals(0.0, AhpConsistency.of(4, 4 - 1e-15).ci(), 0.0);
        assertThrows(CsiSpecificationException.class, () -> AhpConsistency.of(16, 17));
    }
}
