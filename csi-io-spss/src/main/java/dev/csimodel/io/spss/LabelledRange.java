package dev.csimodel.io.spss;

/**
 * The lowest and highest value that carries a value label, e.g. 0 ("not at all satisfied") and
 * 10 ("completely satisfied"): the questionnaire's scale end-points as the file declares them,
 * which need not occur in the sample.
 *
 * @param min the smallest labelled value
 * @param max the largest labelled value, at least {@code min}
 */
public record LabelledRange(double min, double max) {
}
