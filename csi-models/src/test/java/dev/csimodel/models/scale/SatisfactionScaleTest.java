package dev.csimodel.models.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SatisfactionScaleTest {

    private static final double INDEX_TOLERANCE = 1e-9;

    @Test
    void labelsAndPoints() {
        assertEquals(List.of(new ScaleLevel(1, "不满意", "dissatisfied"), new ScaleLevel(2, "满意", "satisfied")),
                SatisfactionScale.TWO_LEVEL.levels());
        assertEquals(List.of("很不满意", "不满意", "一般", "满意", "很满意"),
                SatisfactionScale.FIVE_LEVEL.levels().stream().map(ScaleLevel::chineseLabel).toList());
        assertEquals(List.of("very dissatisfied", "dissatisfied", "neutral", "satisfied", "very satisfied"),
                SatisfactionScale.FIVE_LEVEL.levels().stream().map(ScaleLevel::englishLabel).toList());
        assertEquals(List.of("很不满意", "不满意", "较不满意", "一般", "较满意", "满意", "很满意"),
                SatisfactionScale.SEVEN_LEVEL.levels().stream().map(ScaleLevel::chineseLabel).toList());
        assertEquals(List.of("very dissatisfied", "dissatisfied", "somewhat dissatisfied", "neutral",
                "somewhat satisfied", "satisfied", "very satisfied"),
                SatisfactionScale.SEVEN_LEVEL.levels().stream().map(ScaleLevel::englishLabel).toList());
        for (SatisfactionScale s : SatisfactionScale.values()) {
            for (int p = 1; p <= s.size(); p++) {
                assertEquals(p, s.level(p).point());
            }
        }
        assertEquals(SatisfactionScale.SEVEN_LEVEL, SatisfactionScale.ofSize(7));
        assertEquals(SatisfactionScale.TWO_LEVEL, SatisfactionScale.ofSize(2));
        assertThrows(CsiSpecificationException.class, () -> SatisfactionScale.ofSize(3));
    }

    @Test
    void sameLabelMeansDifferentPointsOnDifferentScales() {
        assertEquals(2, SatisfactionScale.TWO_LEVEL.parse("满意").point());
        assertEquals(4, SatisfactionScale.FIVE_LEVEL.parse("满意").point());
        assertEquals(6, SatisfactionScale.SEVEN_LEVEL.parse("满意").point());
        assertEquals(5, SatisfactionScale.FIVE_LEVEL.parse(" Very Satisfied ").point());
        assertEquals(3, SatisfactionScale.SEVEN_LEVEL.parse("较不满意").point());
        assertEquals(5, SatisfactionScale.SEVEN_LEVEL.parse("somewhat satisfied").point());
    }

    @Test
    void zeroToHundredTransformation() {
        // (p - 1) / (k - 1) * 100
        assertEquals(0.0, SatisfactionScale.TWO_LEVEL.toIndex(1), INDEX_TOLERANCE);
        assertEquals(100.0, SatisfactionScale.TWO_LEVEL.toIndex(2), INDEX_TOLERANCE);
        assertEquals(0.0, SatisfactionScale.FIVE_LEVEL.toIndex(1), INDEX_TOLERANCE);
        assertEquals(25.0, SatisfactionScale.FIVE_LEVEL.toIndex(2), INDEX_TOLERANCE);
        assertEquals(50.0, SatisfactionScale.FIVE_LEVEL.toIndex(3), INDEX_TOLERANCE);
        assertEquals(75.0, SatisfactionScale.FIVE_LEVEL.toIndex(4), INDEX_TOLERANCE);
        assertEquals(100.0, SatisfactionScale.FIVE_LEVEL.toIndex(5), INDEX_TOLERANCE);
        // 7 levels: (5 - 1) / 6 * 100 = 66.667; (4 - 1) / 6 * 100 = 50
        assertEquals(200.0 / 3, SatisfactionScale.SEVEN_LEVEL.toIndex(5), INDEX_TOLERANCE);
        assertEquals(50.0, SatisfactionScale.SEVEN_LEVEL.toIndex(4), INDEX_TOLERANCE);
        assertEquals(100.0, SatisfactionScale.SEVEN_LEVEL.toIndex(7), INDEX_TOLERANCE);
    }

    @Test
    void summaryOfFiveLevelAnswers() {
        // points 5, 4, 4, 3, 1: mean = 17 / 5 = 3.4; index = (3.4 - 1) / 4 * 100 = 60
        ScaleSummary s = SatisfactionScale.FIVE_LEVEL.summarize(List.of(5, 4, 4, 3, 1));
        assertEquals(List.of(1, 0, 1, 2, 1), s.counts());
        assertEquals(5, s.count());
        assertEquals(2, s.count(4));
        assertEquals(0.4, s.share(4), INDEX_TOLERANCE);
        assertEquals(3.4, s.meanPoint(), INDEX_TOLERANCE);
        assertEquals(60.0, s.index(), INDEX_TOLERANCE);
        ScaleSummary byLabel = SatisfactionScale.FIVE_LEVEL.summarizeLabels(
                List.of("很满意", "satisfied", "满意", "一般", "very dissatisfied"));
        assertEquals(s, byLabel);
    }

    @Test
    void summaryOfSevenAndTwoLevelAnswers() {
        // points 7, 5, 3: mean 5, index (5 - 1) / 6 * 100 = 66.667
        ScaleSummary seven = SatisfactionScale.SEVEN_LEVEL.summarizeLabels(List.of("很满意", "较满意", "较不满意"));
        assertEquals(5.0, seven.meanPoint(), INDEX_TOLERANCE);
        assertEquals(200.0 / 3, seven.index(), INDEX_TOLERANCE);
        // 3 satisfied of 4: mean = (2 * 3 + 1) / 4 = 1.75, index = 75 = share satisfied * 100
        ScaleSummary two = SatisfactionScale.TWO_LEVEL.summarizeLabels(List.of("满意", "满意", "不满意", "satisfied"));
        assertEquals(1.75, two.meanPoint(), INDEX_TOLERANCE);
        assertEquals(75.0, two.index(), INDEX_TOLERANCE);
    }

    @Test
    void rejectsEmptyUnknownAndOutOfRangeAnswers() {
        assertThrows(CsiDataException.class, () -> SatisfactionScale.FIVE_LEVEL.summarize(List.of()));
        assertThrows(CsiDataException.class, () -> SatisfactionScale.FIVE_LEVEL.summarizeLabels(List.of()));
        CsiDataException range = assertThrows(CsiDataException.class,
                () -> SatisfactionScale.FIVE_LEVEL.summarize(List.of(5, 4, 6)));
        assertTrue(range.getMessage().contains("answer 3"), range.getMessage());
        assertThrows(CsiDataException.class,
                () -> SatisfactionScale.FIVE_LEVEL.summarize(Arrays.asList(5, null)));
        CsiDataException label = assertThrows(CsiDataException.class,
                () -> SatisfactionScale.FIVE_LEVEL.summarizeLabels(List.of("满意", "还行")));
        assertTrue(label.getMessage().contains("answer 2"), label.getMessage());
        assertTrue(label.getMessage().contains("'还行'"), label.getMessage());
        // 较满意 exists only on the 7-level scale
        assertThrows(CsiDataException.class, () -> SatisfactionScale.FIVE_LEVEL.parse("较满意"));
        assertThrows(CsiDataException.class, () -> SatisfactionScale.FIVE_LEVEL.parse(null));
        assertThrows(CsiDataException.class, () -> SatisfactionScale.FIVE_LEVEL.toIndex(0));
        assertThrows(CsiDataException.class, () -> SatisfactionScale.FIVE_LEVEL.toIndex(5.5));
        assertThrows(CsiDataException.class, () -> SatisfactionScale.FIVE_LEVEL.toIndex(Double.NaN));
        assertThrows(CsiDataException.class,
                () -> new ScaleSummary(SatisfactionScale.TWO_LEVEL, List.of(1, 2, 3)));
        assertThrows(CsiDataException.class,
                () -> new ScaleSummary(SatisfactionScale.TWO_LEVEL, List.of(0, 0)));
    }
}
