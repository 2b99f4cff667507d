package dev.csimodel.segmentation.fimix;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.spec.PathModel;

import java.util.List;

/**
 * The structural model's regressions on the pooled construct scores: for each endogenous
 * construct (declaration order) its scores y and the scores of its predecessors X (path
 * declaration order). No intercept: the pooled scores are standardised, as in Hahn et al. (2002).
 */
final class StructuralData {

    final PathModel model;
    final List<String> endogenous;
    final int rows;
    /** y[equation][row]. */
    final double[][] y;
    /** x[equation][row][predictor]. */
    final double[][][] x;

    private StructuralData(PathModel model, int rows, double[][] y, double[][][] x) {
        this.model = model;
        this.endogenous = model.endogenous();
        this.rows = rows;
        this.y = y;
        this.x = x;
    }

    static StructuralData of(PathModel model, ConstructScores scores) {
        if (model.hasInteractions()) {
            throw new CsiSpecificationException("FIMIX-PLS takes a model without interaction terms; "
                    + "the model has " + model.interactionTerms());
        }
        List<String> endogenous = model.endogenous();
        if (endogenous.isEmpty()) {
            throw new CsiSpecificationException("FIMIX-PLS needs a structural model: the model has no path");
        }
        int n = scores.rowCount();
        double[][] y = new double[endogenous.size()][];
        double[][][] x = new double[endogenous.size()][][];
        for (int j = 0; j < endogenous.size(); j++) {
            y[j] = finite(scores.column(endogenous.get(j)), endogenous.get(j));
            List<String> from = model.predecessors(endogenous.get(j));
            x[j] = new double[n][from.size()];
            for (int p = 0; p < from.size(); p++) {
                double[] column = finite(scores.column(from.get(p)), from.get(p));
                for (int i = 0; i < n; i++) {
                    x[j][i][p] = column[i];
                }
            }
        }
        return new StructuralData(model, n, y, x);
    }

    private static double[] finite(double[] column, String construct) {
        for (int i = 0; i < column.length; i++) {
            if (!Double.isFinite(column[i])) {
                throw new CsiDataException("construct '" + construct + "' has no finite score in row " + (i + 1)
                        + "; FIMIX-PLS needs complete rows (impute or delete missing values first)");
            }
        }
        return column;
    }

    int equations() {
        return y.length;
    }


    /** @return the largest number of predictors of any equation */
    int maxPredictors() {
        int max = 0;
        for (int j = 0; j < equations(); j++) {
            max = Math.max(max, model.predecessors(endogenous.get(j)).size());
        }
        return max;
    }
}
