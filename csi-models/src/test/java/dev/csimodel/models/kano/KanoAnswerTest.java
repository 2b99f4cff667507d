package dev.csimodel.models.kano;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;

class KanoAnswerTest {

    @Test
    void codesFollowBergerOrder() {
        assertEquals(KanoAnswer.LIKE, KanoAnswer.fromCode(1));
        assertEquals(KanoAnswer.MUST_BE, KanoAnswer.fromCode(2));
        assertEquals(KanoAnswer.NEUTRAL, KanoAnswer.fromCode(3));
        assertEquals(KanoAnswer.LIVE_WITH, KanoAnswer.fromCode(4));
        assertEquals(KanoAnswer.DISLIKE, KanoAnswer.fromCode(5));
        for (KanoAnswer a : KanoAnswer.values()) {
            assertEquals(a, KanoAnswer.fromCode(a.code()));
        }
    }

    @Test
    void parsesCodesAndNamesLeniently() {
        assertEquals(KanoAnswer.LIVE_WITH, KanoAnswer.parse("4"));
        assertEquals(KanoAnswer.LIKE, KanoAnswer.parse("  like "));
        assertEquals(KanoAnswer.MUST_BE, KanoAnswer.parse("must-be"));
        assertEquals(KanoAnswer.MUST_BE, KanoAnswer.parse("Must be"));
        assertEquals(KanoAnswer.LIVE_WITH, KanoAnswer.parse("LIVE_WITH"));
        assertEquals(KanoAnswer.DISLIKE, KanoAnswer.parse("Dislike"));
        assertEquals(KanoAnswer.NEUTRAL, KanoAnswer.parse("neutral"));
    }

    @Test
    void rejectsUnknownCodesAndNames() {
        CsiDataException zero = assertThrows(CsiDataException.class, () -> KanoAnswer.fromCode(0));
        assertTrue(zero.getMessage().contains("code 0"), zero.getMessage());
        assertThrows(CsiDataException.class, () -> KanoAnswer.fromCode(6));
        assertThrows(CsiDataException.class, () -> KanoAnswer.parse("6"));
        CsiDataException name = assertThrows(CsiDataException.class, () -> KanoAnswer.parse("maybe"));
        assertTrue(name.getMessage().contains("'maybe'"), name.getMessage());
        assertThrows(CsiDataException.class, () -> KanoAnswer.parse(""));
        assertThrows(CsiDataException.class, () -> KanoAnswer.parse(null));
    }
}
