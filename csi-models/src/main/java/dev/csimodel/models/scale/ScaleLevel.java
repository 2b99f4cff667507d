package dev.csimodel.models.scale;

import dev.csimodel.CsiSpecificationException;

/**
 * One level of a verbal satisfaction scale.
 *
 * <p>The constructor throws {@link CsiSpecificationException} if the point is below 1 or a label is
 * blank.
 *
 * @param point        the level's point, 1 (least satisfied) to k
 * @param chineseLabel the questionnaire label in Chinese, e.g. 满意
 * @param englishLabel the English label, e.g. "satisfied"
 */
public record ScaleLevel(int point, String chineseLabel, String englishLabel) {

    /**
     * Requires a point of at least 1 and both labels.
     * @param point the level's point, 1 (least satisfied) to k
     * @param chineseLabel the questionnaire label in Chinese, e.g. 满意
     * @param englishLabel the English label, e.g. "satisfied"
     */
    public ScaleLevel {
        if (point < 1) {
            throw new CsiSpecificationException("scale points start at 1, got " + point);
        }
        if (chineseLabel == null || chineseLabel.isBlank() || englishLabel == null || englishLabel.isBlank()) {
            throw new CsiSpecificationException("scale level " + point + " needs both labels");
        }
    }
}
