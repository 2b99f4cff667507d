package dev.csimodel.segmentation.fimix;

import dev.csimodel.Arguments;

import java.util.OptionalDouble;

/**
 * How well one observed label column matches the latent segments, on the rows where the label
 * is present.
 *
 * @param column       the label column
 * @param rows         rows with a label (the others are left out)
 * @param categories   distinct labels among them
 * @param chiSquare    Pearson's χ² of the segment × label contingency table
 * @param cramersV     Cramér's V = √(χ² / (n (min(R, C) − 1))), R segments and C labels present;
 *                     empty when either has a single value
 * @param adjustedRand the adjusted Rand index of the segments and the labels; empty with fewer
 *                     than two rows
 */
public record LabelAgreement(String column, int rows, int categories, double chiSquare, OptionalDouble cramersV,
                             OptionalDouble adjustedRand) {

    /**
     * Validates.
     *
     * @param column the label column
     * @param rows rows with a label (the others are left out)
     * @param categories distinct labels among them
     * @param chiSquare Pearson's χ² of the segment × label contingency table
     * @param cramersV Cramér's V = √(χ² / (n (min(R, C) − 1))), R segments and C labels present; empty when either has a single value
     * @param adjustedRand the adjusted Rand index of the segments and the labels; empty with fewer than two rows
     */
    public LabelAgreement {
        Arguments.requireNonNull(column, "column");
        Arguments.requireNonNull(cramersV, "cramersV");
        Arguments.requireNonNull(adjustedRand, "adjustedRand");
    }
}
