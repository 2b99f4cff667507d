package dev.csimodel.models.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerLifetimeValueTest {

    private static final double VALUE_TOLERANCE = 1e-9;

    @Test
    void historicalValueIsSumOfRealisedMargins() {
        // 10 + 20.5 - 5 = 25.5
        assertEquals(25.5, CustomerLifetimeValue.historicalValue(List.of(10.0, 20.5, -5.0)), VALUE_TOLERANCE);
        assertEquals(0.0, CustomerLifetimeValue.historicalValue(List.of()), 0.0);
    }

    @Test
    void historicalValueRejectsMissingAndNonFiniteMargins() {
        CsiDataException nan = assertThrows(CsiDataException.class,
                () -> CustomerLifetimeValue.historicalValue(List.of(10.0, Double.NaN)));
        assertTrue(nan.getMessage().contains("period 2"), nan.getMessage());
        CsiDataException missing = assertThrows(CsiDataException.class,
                () -> CustomerLifetimeValue.historicalValue(Arrays.asList(1.0, 2.0, null)));
        assertTrue(missing.getMessage().contains("period 3"), missing.getMessage());
    }

    @Test
    void potentialValueOfReferrals() {
        // referred customer: m = 60, r = 0.5, i = 0.25 -> 60 * 0.5 / (1.25 - 0.5) = 40;
        // 2.5 expected referrals -> 2.5 * 40 = 100
        double referred = new RetentionModel(60, 0.5, 0.25).infiniteHorizonValue();
        assertEquals(40.0, referred, VALUE_TOLERANCE);
        assertEquals(100.0, CustomerLifetimeValue.potentialValue(2.5, referred), VALUE_TOLERANCE);
        assertEquals(0.0, CustomerLifetimeValue.potentialValue(0, referred), 0.0);
        assertThrows(CsiSpecificationException.class, () -> CustomerLifetimeValue.potentialValue(-1, 40));
        assertThrows(CsiSpecificationException.class,
                () -> CustomerLifetimeValue.potentialValue(Double.NaN, 40));
        assertThrows(CsiSpecificationException.class,
                () -> CustomerLifetimeValue.potentialValue(1, Double.POSITIVE_INFINITY));
    }

    @Test
    void customerValueTotal() {
        // 25.5 + 266.5 + 100 = 392
        CustomerValue v = new CustomerValue(25.5, 266.5, 100);
        assertEquals(392.0, v.total(), VALUE_TOLERANCE);
        assertThrows(CsiSpecificationException.class, () -> new CustomerValue(1, Double.NaN, 0));
    }
}
