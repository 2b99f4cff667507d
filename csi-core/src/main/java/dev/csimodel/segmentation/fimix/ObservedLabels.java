package dev.csimodel.segmentation.fimix;

import dev.csimodel.Arguments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An observed label column (gender, region, ...) to compare with latent segments: one label per
 * row, {@code null} where the label is missing.
 *
 * @param name   the column's name
 * @param values the label of each row (copied; nulls allowed)
 */
public record ObservedLabels(String name, List<String> values) {

    /**
     * Validates and copies.
     *
     * @param name the column's name
     * @param values the label of each row (copied; nulls allowed)
     */
    public ObservedLabels {
        Arguments.requireNonNull(name, "name");
        Arguments.requireNonNull(values, "values");
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
