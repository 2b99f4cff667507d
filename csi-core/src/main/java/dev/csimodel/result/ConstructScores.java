package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * Construct scores, one row per observation and one column per construct. Immutable; columns
 * are copied on the way out.
 */
public final class ConstructScores {

    private final List<String> constructs;
    private final double[][] columns;

    ConstructScores(List<String> constructs, double[][] columns) {
        this.constructs = List.copyOf(constructs);
        this.columns = columns;
    }

    /**
     * Scores computed elsewhere (e.g. the 0-100 respondent scores of an index).
     *
     * @param constructs the construct names
     * @param columns    {@code columns[construct][row]}, copied
     * @return the scores, the columns in the order of {@code constructs}
     */
    public static ConstructScores of(List<String> constructs, double[][] columns) {
        if (constructs.size() != columns.length) {
            throw new CsiSpecificationException(constructs.size() + " construct names for " + columns.length + " score columns");
        }
        double[][] copy = new double[columns.length][];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = columns[k].clone();
        }
        return new ConstructScores(constructs, copy);
    }

    /** @return the construct names, in model order */
    public List<String> constructs() {
        return constructs;
    }

    /** @return the number of observations */
    public int rowCount() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /**
     * @return a copy of the scores of construct {@code name}
     * @param name the construct's name
     */
    public double[] column(String name) {
        return columns[indexOf(name)].clone();
    }

    /**
     * @return the score of observation {@code row} (0-based) on construct {@code name}
     * @param row the 0-based row (observation) index
     * @param name the construct's name
     */
    public double value(int row, String name) {
        return columns[indexOf(name)][row];
    }

    private int indexOf(String name) {
        int i = constructs.indexOf(name);
        if (i < 0) {
            throw new CsiSpecificationException("unknown construct '" + name + "'; the model has " + constructs);
        }
        return i;
    }
}
