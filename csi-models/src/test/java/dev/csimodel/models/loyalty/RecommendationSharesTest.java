package dev.csimodel.models.loyalty;

import static dev.csimodel.models.loyalty.RecommendationLikelihood.POSSIBLE;
import static dev.csimodel.models.loyalty.RecommendationLikelihood.UNLIKELY;
import static dev.csimodel.models.loyalty.RecommendationLikelihood.VERY_LIKELY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationSharesTest {

    private static final double SHARE_TOLERANCE = 1e-12;

    @Test
    void sharesOfEightAnswers() {
        // 4 very likely, 3 possible, 1 unlikely of 8: 0.5, 0.375, 0.125
        RecommendationShares s = RecommendationShares.of(List.of(VERY_LIKELY, POSSIBLE, VERY_LIKELY,
                UNLIKELY, POSSIBLE, VERY_LIKELY, POSSIBLE, VERY_LIKELY));
        assertEquals(new RecommendationShares(4, 3, 1), s);
        assertEquals(8, s.total());
        assertEquals(3, s.count(POSSIBLE));
        assertEquals(0.5, s.share(VERY_LIKELY), SHARE_TOLERANCE);
        assertEquals(0.375, s.share(POSSIBLE), SHARE_TOLERANCE);
        assertEquals(0.125, s.share(UNLIKELY), SHARE_TOLERANCE);
    }

    @Test
    void absentCategoryHasZeroShare() {
        RecommendationShares s = RecommendationShares.of(List.of(UNLIKELY, UNLIKELY));
        assertEquals(0.0, s.share(VERY_LIKELY), 0.0);
        assertEquals(1.0, s.share(UNLIKELY), SHARE_TOLERANCE);
    }

    @Test
    void rejectsEmptyMissingAndNegative() {
        assertThrows(CsiDataException.class, () -> RecommendationShares.of(List.of()));
        CsiDataException missing = assertThrows(CsiDataException.class,
                () -> RecommendationShares.of(Arrays.asList(POSSIBLE, POSSIBLE, null)));
        assertTrue(missing.getMessage().contains("answer 3"), missing.getMessage());
        assertThrows(CsiDataException.class, () -> new RecommendationShares(0, 0, 0));
        assertThrows(CsiDataException.class, () -> new RecommendationShares(1, -1, 0));
    }
}
