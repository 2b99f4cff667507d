package dev.csimodel.report;

/**
 * How well one {@code --explain} column matches the chosen segments.
 *
 * @param column       the column
 * @param rows         rows with a label
 * @param categories   distinct labels
 * @param chiSquare    Pearson's χ² of segments × labels
 * @param cramersV     Cramér's V, null when segments or labels have a single value
 * @param adjustedRand adjusted Rand index of segments and labels, null with fewer than two rows
 */
public record LabelEntry(String column, int rows, int categories, double chiSquare, Double cramersV,
                         Double adjustedRand) {
}
