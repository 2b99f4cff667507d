package dev.csimodel.models.disconfirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationDisconfirmationTest {

    private static final double VALUE_TOLERANCE = 1e-12;
    private static final ExpectationDisconfirmation HALF_POINT = new ExpectationDisconfirmation(0.5);

    @Test
    void positiveDisconfirmation() {
        DisconfirmationResult r = HALF_POINT.evaluate("delivery speed", 5, 6);
        // D = 6 - 5 = 1 > 0.5; ratio 6 / 5 = 1.2
        assertEquals(1.0, r.disconfirmation(), VALUE_TOLERANCE);
        assertEquals(DisconfirmationType.POSITIVE, r.type());
        assertEquals(1.0, r.differenceSatisfaction(), VALUE_TOLERANCE);
        assertEquals(1.2, r.ratioSatisfaction(), VALUE_TOLERANCE);
        assertEquals("delivery speed", r.attribute());
    }

    @Test
    void negativeDisconfirmation() {
        DisconfirmationResult r = HALF_POINT.evaluate("staff", 5, 4);
        // D = 4 - 5 = -1 < -0.5; ratio 4 / 5 = 0.8
        assertEquals(-1.0, r.disconfirmation(), VALUE_TOLERANCE);
        assertEquals(DisconfirmationType.NEGATIVE, r.type());
        assertEquals(0.8, r.ratioSatisfaction(), VALUE_TOLERANCE);
    }

    @Test
    void confirmationInsideAndOnTheBand() {
        assertEquals(DisconfirmationType.CONFIRMATION, HALF_POINT.evaluate("a", 5, 5.25).type());
        // |D| = tol exactly is confirmation, on both sides
        assertEquals(DisconfirmationType.CONFIRMATION, HALF_POINT.evaluate("a", 5, 5.5).type());
        assertEquals(DisconfirmationType.CONFIRMATION, HALF_POINT.evaluate("a", 5, 4.5).type());
        // 4.4 - 3.9 = 0.5000000000000004 in binary floating point; still on the band edge
        assertTrue(4.4 - 3.9 > 0.5);
        assertEquals(DisconfirmationType.CONFIRMATION, HALF_POINT.evaluate("a", 3.9, 4.4).type());
        assertEquals(DisconfirmationType.CONFIRMATION, HALF_POINT.evaluate("a", 4.4, 3.9).type());
        assertEquals(DisconfirmationType.POSITIVE, HALF_POINT.evaluate("a", 3.9, 4.41).type());
        assertEquals(DisconfirmationType.NEGATIVE, HALF_POINT.evaluate("a", 4.41, 3.9).type());
    }

    @Test
    void exactAnalysisOnlyConfirmsEquality() {
        ExpectationDisconfirmation exact = ExpectationDisconfirmation.exact();
        assertEquals(0.0, exact.tolerance(), 0.0);
        assertEquals(DisconfirmationType.CONFIRMATION, exact.evaluate("a", 5, 5).type());
        assertEquals(DisconfirmationType.POSITIVE, exact.evaluate("a", 5, 5.01).type());
        assertEquals(DisconfirmationType.NEGATIVE, exact.evaluate("a", 5, 4.99).type());
        assertEquals(DisconfirmationType.CONFIRMATION,
                exact.withTolerance(0.02).evaluate("a", 5, 5.01).type());
    }

    @Test
    void ratioRejectsNonPositiveExpectationNamingAttribute() {
        DisconfirmationResult zero = HALF_POINT.evaluate("parking", 0, 3);
        assertEquals(3.0, zero.differenceSatisfaction(), VALUE_TOLERANCE);
        CsiDataException e = assertThrows(CsiDataException.class, zero::ratioSatisfaction);
        assertTrue(e.getMessage().contains("'parking'"), e.getMessage());
        assertThrows(CsiDataException.class, () -> HALF_POINT.evaluate("parking", -1, 3).ratioSatisfaction());
    }

    @Test
    void evaluatesSeveralAttributesInOrder() {
        List<DisconfirmationResult> rs = HALF_POINT.evaluateAll(List.of(
                new AttributeRating("speed", 5, 6), new AttributeRating("staff", 5, 5),
                new AttributeRating("price", 6, 4)));
        assertEquals(List.of(DisconfirmationType.POSITIVE, DisconfirmationType.CONFIRMATION,
                DisconfirmationType.NEGATIVE), rs.stream().map(DisconfirmationResult::type).toList());
        CsiSpecificationException dup = assertThrows(CsiSpecificationException.class,
                () -> HALF_POINT.evaluateAll(List.of(new AttributeRating("speed", 5, 6),
                        new AttributeRating("speed", 4, 6))));
        assertTrue(dup.getMessage().contains("'speed'"), dup.getMessage());
    }

    @Test
    void rejectsBadToleranceAndValues() {
        assertThrows(CsiSpecificationException.class, () -> new ExpectationDisconfirmation(-0.1));
        assertThrows(CsiSpecificationException.class, () -> new ExpectationDisconfirmation(Double.NaN));
        assertThrows(CsiSpecificationException.class,
                () -> new ExpectationDisconfirmation(Double.POSITIVE_INFINITY));
        CsiDataException nan = assertThrows(CsiDataException.class,
                () -> HALF_POINT.evaluate("speed", 5, Double.NaN));
        assertTrue(nan.getMessage().contains("'speed'"), nan.getMessage());
        assertThrows(CsiDataException.class, () -> new AttributeRating("speed", Double.NEGATIVE_INFINITY, 1));
        assertThrows(CsiSpecificationException.class, () -> new AttributeRating("", 1, 1));
    }
}
