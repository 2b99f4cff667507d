package dev.csimodel.models.kano;

import static dev.csimodel.models.kano.KanoAnswer.DISLIKE;
import static dev.csimodel.models.kano.KanoAnswer.LIKE;
import static dev.csimodel.models.kano.KanoAnswer.LIVE_WITH;
import static dev.csimodel.models.kano.KanoAnswer.MUST_BE;
import static dev.csimodel.models.kano.KanoAnswer.NEUTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KanoAnalysisTest {

    private static final double COEFFICIENT_TOLERANCE = 1e-12;

    /**
     * Ten respondents, pair by pair (functional, dysfunctional) -> category:
     * 1 (LIKE, DISLIKE) O; 2 (LIKE, DISLIKE) O; 3 (LIKE, NEUTRAL) A; 4 (NEUTRAL, DISLIKE) M;
     * 5 (MUST_BE, DISLIKE) M; 6 (LIVE_WITH, DISLIKE) M; 7 (NEUTRAL, NEUTRAL) I;
     * 8 (DISLIKE, LIKE) R; 9 (LIKE, LIKE) Q; 10 (LIKE, MUST_BE) A.
     * A = 2, O = 2, M = 3, I = 1, R = 1, Q = 1.
     */
    private static KanoResponses handExample() {
        return new KanoResponses("fast checkout",
                List.of(LIKE, LIKE, LIKE, NEUTRAL, MUST_BE, LIVE_WITH, NEUTRAL, DISLIKE, LIKE, LIKE),
                List.of(DISLIKE, DISLIKE, NEUTRAL, DISLIKE, DISLIKE, DISLIKE, NEUTRAL, LIKE, LIKE, MUST_BE));
    }

    @Test
    void countsBetterWorseOnHandExample() {
        KanoResult r = KanoAnalysis.analyze(handExample());
        assertEquals(new KanoCounts(2, 2, 3, 1, 1, 1), r.counts());
        assertEquals(10, r.counts().total());
        assertEquals(8, r.counts().aomi());
        assertEquals(KanoCategory.MUST_BE, r.dominant());
        // Better = (A + O) / (A + O + M + I) = (2 + 2) / 8 = 0.5
        assertEquals(0.5, r.better().orElseThrow(), COEFFICIENT_TOLERANCE);
        // Worse = -(O + M) / (A + O + M + I) = -(2 + 3) / 8 = -0.625
        assertEquals(-0.625, r.worse().orElseThrow(), COEFFICIENT_TOLERANCE);
        // share of M = 3 / 10
        assertEquals(0.3, r.share(KanoCategory.MUST_BE), COEFFICIENT_TOLERANCE);
        assertEquals(0.1, r.share(KanoCategory.QUESTIONABLE), COEFFICIENT_TOLERANCE);
    }

    @Test
    void codesGiveSameResultAsAnswers() {
        KanoResponses fromCodes = KanoResponses.fromCodes("fast checkout",
                new int[] {1, 1, 1, 3, 2, 4, 3, 5, 1, 1},
                new int[] {5, 5, 3, 5, 5, 5, 3, 1, 1, 2});
        assertEquals(handExample(), fromCodes);
        KanoResponses fromText = KanoResponses.fromText("fast checkout",
                List.of("like", "1", "LIKE", "neutral", "must-be", "live with", "3", "dislike", "1", "1"),
                List.of("5", "dislike", "3", "5", "5", "5", "neutral", "like", "1", "2"));
        assertEquals(handExample(), fromText);
    }

    @Test
    void worseIsPositiveZeroWithoutOneDimensionalOrMustBe() {
        // two A answers: Better = 2 / 2 = 1, Worse = -0 / 2 = 0 (not -0.0)
        KanoResult r = KanoAnalysis.analyze(KanoResponses.fromCodes("gift wrap",
                new int[] {1, 1}, new int[] {3, 4}));
        assertEquals(1.0, r.better().orElseThrow(), COEFFICIENT_TOLERANCE);
        assertEquals(0.0, r.worse().orElseThrow());
        assertEquals(KanoCategory.ATTRACTIVE, r.dominant());
    }

    @Test
    void betterAndWorseUndefinedWhenOnlyReverseAndQuestionable() {
        // (LIKE, LIKE) Q, (DISLIKE, DISLIKE) Q, (DISLIKE, NEUTRAL) R: A + O + M + I = 0
        KanoResult r = KanoAnalysis.analyze(KanoResponses.fromCodes("odd",
                new int[] {1, 5, 5}, new int[] {1, 5, 3}));
        assertEquals(new KanoCounts(0, 0, 0, 0, 1, 2), r.counts());
        assertTrue(r.better().isEmpty());
        assertTrue(r.worse().isEmpty());
        assertEquals(KanoCategory.QUESTIONABLE, r.dominant());
    }

    @Test
    void tieRuleMustBeOverOneDimensionalOverAttractiveOverIndifference() {
        assertEquals(KanoCategory.MUST_BE, dominantOf(new KanoCounts(3, 4, 4, 4, 0, 0)));
        assertEquals(KanoCategory.ONE_DIMENSIONAL, dominantOf(new KanoCounts(4, 4, 1, 4, 0, 0)));
        assertEquals(KanoCategory.ATTRACTIVE, dominantOf(new KanoCounts(4, 1, 1, 4, 0, 0)));
        assertEquals(KanoCategory.INDIFFERENT, dominantOf(new KanoCounts(1, 1, 1, 4, 4, 4)));
        assertEquals(KanoCategory.REVERSE, dominantOf(new KanoCounts(1, 1, 1, 1, 4, 4)));
        // a strict majority wins regardless of the tie order
        assertEquals(KanoCategory.QUESTIONABLE, dominantOf(new KanoCounts(1, 1, 1, 1, 1, 2)));
        assertEquals(KanoCategory.INDIFFERENT, dominantOf(new KanoCounts(2, 2, 2, 3, 0, 0)));
    }

    private static KanoCategory dominantOf(KanoCounts counts) {
        return new KanoResult("x", counts).dominant();
    }

    @Test
    void reportLooksUpByName() {
        KanoReport report = KanoAnalysis.analyzeAll(List.of(handExample(),
                KanoResponses.fromCodes("gift wrap", new int[] {1}, new int[] {3})));
        assertEquals(List.of("fast checkout", "gift wrap"), report.attributes());
        assertEquals(KanoCategory.ATTRACTIVE, report.result("gift wrap").dominant());
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> report.result("parking"));
        assertTrue(e.getMessage().contains("'parking'"), e.getMessage());
    }

    @Test
    void rejectsDuplicateAttributesAndEmptyList() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> KanoAnalysis.analyzeAll(List.of(handExample(), handExample())));
        assertTrue(e.getMessage().contains("'fast checkout'"), e.getMessage());
        assertThrows(CsiSpecificationException.class, () -> KanoAnalysis.analyzeAll(List.of()));
    }

    @Test
    void unknownCodeNamesAttributeRespondentAndQuestion() {
        CsiDataException e = assertThrows(CsiDataException.class, () -> KanoResponses.fromCodes(
                "wifi", new int[] {1, 2, 3}, new int[] {5, 5, 7}));
        assertTrue(e.getMessage().contains("'wifi'"), e.getMessage());
        assertTrue(e.getMessage().contains("respondent 3"), e.getMessage());
        assertTrue(e.getMessage().contains("dysfunctional"), e.getMessage());
        assertTrue(e.getMessage().contains("code 7"), e.getMessage());

        CsiDataException text = assertThrows(CsiDataException.class, () -> KanoResponses.fromText(
                "wifi", List.of("like", "sometimes"), List.of("dislike", "dislike")));
        assertTrue(text.getMessage().contains("respondent 2"), text.getMessage());
        assertTrue(text.getMessage().contains("functional question"), text.getMessage());
        assertTrue(text.getMessage().contains("'sometimes'"), text.getMessage());
    }

    @Test
    void rejectsEmptyAttribute() {
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> KanoResponses.fromCodes("wifi", new int[0], new int[0]));
        assertTrue(e.getMessage().contains("'wifi'"), e.getMessage());
        assertThrows(CsiDataException.class, () -> new KanoResponses("wifi", List.of(), List.of()));
        assertThrows(CsiDataException.class, () -> new KanoResult("wifi", new KanoCounts(0, 0, 0, 0, 0, 0)));
    }

    @Test
    void rejectsMismatchedLengths() {
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> KanoResponses.fromCodes("wifi", new int[] {1, 2, 3}, new int[] {5, 5}));
        assertTrue(e.getMessage().contains("'wifi'"), e.getMessage());
        assertTrue(e.getMessage().contains("3 functional"), e.getMessage());
        assertTrue(e.getMessage().contains("2 dysfunctional"), e.getMessage());
        assertThrows(CsiDataException.class,
                () -> new KanoResponses("wifi", List.of(LIKE), List.of(LIKE, DISLIKE)));
        assertThrows(CsiDataException.class, () -> KanoResponses.fromCodes("wifi", null, new int[] {1}));
    }

    @Test
    void rejectsMissingAnswerAndBlankName() {
        List<KanoAnswer> withNull = Arrays.asList(LIKE, null);
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> new KanoResponses("wifi", List.of(LIKE, LIKE), withNull));
        assertTrue(e.getMessage().contains("respondent 2"), e.getMessage());
        assertTrue(e.getMessage().contains("dysfunctional"), e.getMessage());
        assertThrows(CsiSpecificationException.class,
                () -> new KanoResponses(" ", List.of(LIKE), List.of(LIKE)));
        assertThrows(CsiDataException.class, () -> new KanoCounts(-1, 0, 0, 0, 0, 0));
    }
}
