package dev.csimodel.models.scale;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.List;
import java.util.Locale;

/**
 * Verbal satisfaction scales with k = 2, 5 or 7 ordered levels, mapped to points 1..k and to the
 * 0-100 index {@code (point - 1) / (k - 1) * 100}:
 *
 * <pre>
 *  k = 2: 不满意 dissatisfied, 满意 satisfied
 *  k = 5: 很不满意 very dissatisfied, 不满意 dissatisfied, 一般 neutral, 满意 satisfied,
 *         很满意 very satisfied
 *  k = 7: 很不满意 very dissatisfied, 不满意 dissatisfied, 较不满意 somewhat dissatisfied,
 *         一般 neutral, 较满意 somewhat satisfied, 满意 satisfied, 很满意 very satisfied
 * </pre>
 *
 * A label means a different point on different scales (不满意 is 1 of 2, 2 of 5, 2 of 7), so
 * labels are always parsed against a given scale.
 */
public enum SatisfactionScale {
    /** Two levels: dissatisfied (1), satisfied (2). */
    TWO_LEVEL(List.of(
            new ScaleLevel(1, "不满意", "dissatisfied"),
            new ScaleLevel(2, "满意", "satisfied"))),
    /** Five levels, very dissatisfied (1) to very satisfied (5). */
    FIVE_LEVEL(List.of(
            new ScaleLevel(1, "很不满意", "very dissatisfied"),
            new ScaleLevel(2, "不满意", "dissatisfied"),
            new ScaleLevel(3, "一般", "neutral"),
            new ScaleLevel(4, "满意", "satisfied"),
            new ScaleLevel(5, "很满意", "very satisfied"))),
    /** Seven levels, very dissatisfied (1) to very satisfied (7). */
    SEVEN_LEVEL(List.of(
            new ScaleLevel(1, "很不满意", "very dissatisfied"),
            new ScaleLevel(2, "不满意", "dissatisfied"),
            new ScaleLevel(3, "较不满意", "somewhat dissatisfied"),
            new ScaleLevel(4, "一般", "neutral"),
            new ScaleLevel(5, "较满意", "somewhat satisfied"),
            new ScaleLevel(6, "满意", "satisfied"),
            new ScaleLevel(7, "很满意", "very satisfied")));

    private final List<ScaleLevel> levels;

    SatisfactionScale(List<ScaleLevel> levels) {
        this.levels = levels;
    }

    /**
     * @param k the number of levels: 2, 5 or 7
     * @return the scale with k levels
     * @throws CsiSpecificationException for any other k
     */
    public static SatisfactionScale ofSize(int k) {
        for (SatisfactionScale s : values()) {
            if (s.size() == k) {
                return s;
            }
        }
        throw new CsiSpecificationException("no verbal satisfaction scale with " + k
                + " levels; available: 2, 5, 7");
    }

    /** @return the levels from least to most satisfied */
    public List<ScaleLevel> levels() {
        return levels;
    }

    /** @return k, the number of levels */
    public int size() {
        return levels.size();
    }

    /**
     * @param point a point 1..k
     * @return its level
     * @throws CsiDataException if the point is outside 1..k
     */
    public ScaleLevel level(int point) {
        if (point < 1 || point > size()) {
            throw new CsiDataException("point " + point + " is outside the " + size()
                    + "-level scale 1.." + size());
        }
        return levels.get(point - 1);
    }

    /**
     * Finds a level by its Chinese label (exact, surrounding blanks ignored) or English label
     * (case and surrounding blanks ignored).
     *
     * @param label the answer text
     * @return the level
     * @throws CsiDataException if no level of this scale has that label
     */
    public ScaleLevel parse(String label) {
        if (label != null) {
            String s = label.strip();
            String lower = s.toLowerCase(Locale.ROOT);
            for (ScaleLevel l : levels) {
                if (l.chineseLabel().equals(s) || l.englishLabel().equals(lower)) {
                    return l;
                }
            }
        }
        throw new CsiDataException("'" + label + "' is not a label of the " + size()
                + "-level satisfaction scale; labels: " + levels.stream()
                        .map(l -> l.chineseLabel() + "/" + l.englishLabel()).toList());
    }

    /**
     * The 0-100 value of a point: {@code (point - 1) / (k - 1) * 100}.
     *
     * @param point a point 1..k
     * @return 0 for the lowest level, 100 for the highest
     * @throws CsiDataException if the point is outside 1..k
     */
    public double toIndex(int point) {
        level(point);
        return toIndex((double) point);
    }

    /**
     * The 0-100 value of a mean point (linear, so the index of the mean equals the mean of the
     * indices): {@code (mean - 1) / (k - 1) * 100}.
     *
     * @param meanPoint a value in [1, k]
     * @return its 0-100 value
     * @throws CsiDataException if the value is not finite or outside [1, k]
     */
    public double toIndex(double meanPoint) {
        if (!(meanPoint >= 1.0 && meanPoint <= size())) {
            throw new CsiDataException("mean point " + meanPoint + " is outside [1, " + size() + "]");
        }
        return (meanPoint - 1.0) / (size() - 1) * 100.0;
    }

    /**
     * Summarises answers given as points.
     *
     * @param points one point 1..k per answer, at least one
     * @return counts per level, mean point and 0-100 index
     * @throws CsiDataException if there are no answers or an answer is missing or out of range
     *                          (message names the answer, numbered from 1)
     */
    public ScaleSummary summarize(List<Integer> points) {
        int[] counts = new int[size()];
        for (int k = 0; k < points.size(); k++) {
            Integer p = points.get(k);
            if (p == null || p < 1 || p > size()) {
                throw new CsiDataException("answer " + (k + 1) + ": point " + p + " is outside the "
                        + size() + "-level scale 1.." + size());
            }
            counts[p - 1]++;
        }
        return ScaleSummary.of(this, counts);
    }

    /**
     * Summarises answers given as labels (see {@link #parse(String)}).
     *
     * @param labels one label per answer, at least one
     * @return counts per level, mean point and 0-100 index
     * @throws CsiDataException if there are no answers or a label is unknown (message names the
     *                          answer, numbered from 1)
     */
    public ScaleSummary summarizeLabels(List<String> labels) {
        int[] counts = new int[size()];
        for (int k = 0; k < labels.size(); k++) {
            try {
                counts[parse(labels.get(k)).point() - 1]++;
            } catch (CsiDataException e) {
                throw new CsiDataException("answer " + (k + 1) + ": " + e.getMessage(), e);
            }
        }
        return ScaleSummary.of(this, counts);
    }
}
