package dev.csimodel.models.kano;

import static dev.csimodel.models.kano.KanoAnswer.DISLIKE;
import static dev.csimodel.models.kano.KanoAnswer.LIKE;
import static dev.csimodel.models.kano.KanoAnswer.LIVE_WITH;
import static dev.csimodel.models.kano.KanoAnswer.MUST_BE;
import static dev.csimodel.models.kano.KanoAnswer.NEUTRAL;
import static dev.csimodel.models.kano.KanoEvaluationTable.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every cell of the Berger et al. (1993) evaluation table, written out one by one. */
class KanoEvaluationTableTest {

    @Test
    void functionalLikeRow() {
        assertEquals(KanoCategory.QUESTIONABLE, classify(LIKE, LIKE));
        assertEquals(KanoCategory.ATTRACTIVE, classify(LIKE, MUST_BE));
        assertEquals(KanoCategory.ATTRACTIVE, classify(LIKE, NEUTRAL));
        assertEquals(KanoCategory.ATTRACTIVE, classify(LIKE, LIVE_WITH));
        assertEquals(KanoCategory.ONE_DIMENSIONAL, classify(LIKE, DISLIKE));
    }

    @Test
    void functionalMustBeRow() {
        assertEquals(KanoCategory.REVERSE, classify(MUST_BE, LIKE));
        assertEquals(KanoCategory.INDIFFERENT, classify(MUST_BE, MUST_BE));
        assertEquals(KanoCategory.INDIFFERENT, classify(MUST_BE, NEUTRAL));
        assertEquals(KanoCategory.INDIFFERENT, classify(MUST_BE, LIVE_WITH));
        assertEquals(KanoCategory.MUST_BE, classify(MUST_BE, DISLIKE));
    }

    @Test
    void functionalNeutralRow() {
        assertEquals(KanoCategory.REVERSE, classify(NEUTRAL, LIKE));
        assertEquals(KanoCategory.INDIFFERENT, classify(NEUTRAL, MUST_BE));
        assertEquals(KanoCategory.INDIFFERENT, classify(NEUTRAL, NEUTRAL));
        assertEquals(KanoCategory.INDIFFERENT, classify(NEUTRAL, LIVE_WITH));
        assertEquals(KanoCategory.MUST_BE, classify(NEUTRAL, DISLIKE));
    }

    @Test
    void functionalLiveWithRow() {
        assertEquals(KanoCategory.REVERSE, classify(LIVE_WITH, LIKE));
        assertEquals(KanoCategory.INDIFFERENT, classify(LIVE_WITH, MUST_BE));
        assertEquals(KanoCategory.INDIFFERENT, classify(LIVE_WITH, NEUTRAL));
        assertEquals(KanoCategory.INDIFFERENT, classify(LIVE_WITH, LIVE_WITH));
        assertEquals(KanoCategory.MUST_BE, classify(LIVE_WITH, DISLIKE));
    }

    @Test
    void functionalDislikeRow() {
        assertEquals(KanoCategory.REVERSE, classify(DISLIKE, LIKE));
        assertEquals(KanoCategory.REVERSE, classify(DISLIKE, MUST_BE));
        assertEquals(KanoCategory.REVERSE, classify(DISLIKE, NEUTRAL));
        assertEquals(KanoCategory.REVERSE, classify(DISLIKE, LIVE_WITH));
        assertEquals(KanoCategory.QUESTIONABLE, classify(DISLIKE, DISLIKE));
    }

    @Test
    void categoryLetters() {
        assertEquals('A', KanoCategory.ATTRACTIVE.letter());
        assertEquals('O', KanoCategory.ONE_DIMENSIONAL.letter());
        assertEquals('M', KanoCategory.MUST_BE.letter());
        assertEquals('I', KanoCategory.INDIFFERENT.letter());
        assertEquals('R', KanoCategory.REVERSE.letter());
        assertEquals('Q', KanoCategory.QUESTIONABLE.letter());
    }
}
