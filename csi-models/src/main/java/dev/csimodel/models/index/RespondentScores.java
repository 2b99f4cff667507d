package dev.csimodel.models.index;

import dev.csimodel.CsiSpecificationException;

import java.util.List;

/**
 * The 0-100 score of every respondent on every construct: {@code η*_r = Σ v_i (x_ri − min_i) /
 * (max_i − min_i) · 100} with the index weights {@code v_i} of {@link IndexWeights}. Their mean
 * is the construct's index. Immutable; columns are copied on the way out.
 */
public final class RespondentScores {

    private final List<String> constructs;
    private final double[][] columns;

    RespondentScores(List<String> constructs, double[][] columns) {
        this.constructs = List.copyOf(constructs);
        this.columns = columns;
    }

    /** @return the construct names in model order */
    public List<String> constructs() {
        return constructs;
    }

    /** @return the number of respondents */
    public int rowCount() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /** @return a copy of the 0-100 scores of {@code construct} */
    public double[] column(String construct) {
        return columns[indexOf(construct)].clone();
    }

    /** @return the 0-100 score of respondent {@code row} (0-based) on {@code construct} */
    public double value(int row, String construct) {
        return columns[indexOf(construct)][row];
    }

    private int indexOf(String construct) {
        int k = constructs.indexOf(construct);
        if (k < 0) {
            throw new CsiSpecificationException("unknown construct '" + construct + "'; the model has " + constructs);
        }
        return k;
    }
}
