package dev.csimodel.io.spss;

import dev.csimodel.Arguments;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/**
 * One variable of an SPSS system file, as its dictionary declares it.
 *
 * @param name        the variable name (the long name of record 7.13 when there is one)
 * @param label       the variable label, if any
 * @param type        numeric or string
 * @param width       the string width in bytes, 0 for numeric variables
 * @param valueLabels the value labels of a numeric variable, by value (empty for strings)
 * @param missing     the declared user-missing values (NONE for strings)
 */
public record SavVariable(String name, Optional<String> label, VariableType type, int width,
                          SortedMap<Double, String> valueLabels, MissingSpec missing) {

    /**
     * @param name        the variable name
     * @param label       the variable label, if any
     * @param type        numeric or string
     * @param width       the string width in bytes, 0 for numeric variables
     * @param valueLabels the value labels (copied)
     * @param missing     the declared user-missing values
     */
    public SavVariable {
        // the value labels are copied into an unmodifiable sorted map
        Arguments.requireNonNull(name, "name");
        Arguments.requireNonNull(label, "label");
        Arguments.requireNonNull(type, "type");
        Arguments.requireNonNull(missing, "missing");
        valueLabels = Collections.unmodifiableSortedMap(new TreeMap<>(Arguments.requireNonNull(valueLabels, "valueLabels")));
    }

    /**
     * The scale end-points the value labels declare: the smallest and largest labelled value
     * that is not a declared missing value (a "-99 = no answer" label is not a scale point).
     *
     * @return the labelled range, absent without such value labels
     */
    public Optional<LabelledRange> labelledRange() {
        double[] points = valueLabels.keySet().stream().mapToDouble(Double::doubleValue)
                .filter(v -> !missing.isMissing(v)).toArray();
        if (points.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new LabelledRange(points[0], points[points.length - 1]));
    }

    /**
     * @param value a value of the variable
     * @return the label of {@code value}, if it has one
     */
    public Optional<String> valueLabel(double value) {
        return Optional.ofNullable(valueLabels.get(value));
    }
}
