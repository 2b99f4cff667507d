package dev.csimodel.hierarchy;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.spec.PathModel;

/**
 * What to estimate: a model with at least one higher-order construct and the rows its
 * indicators are read from (the two-stage approaches need construct scores, not only moments).
 *
 * @param model a model with higher-order constructs
 * @param data  a table holding every indicator of the model
 */
public record HigherOrderProblem(PathModel model, DataTable data) {

    /**
     * @throws CsiSpecificationException if the model has no higher-order construct
     * @throws CsiDataException          naming the first indicator the table lacks
     * @param model a model with higher-order constructs
     * @param data a table holding every indicator of the model
     */
    public HigherOrderProblem {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        if (model.higherOrderConstructs().isEmpty()) {
            throw new CsiSpecificationException("the model has no higher-order construct; estimate it with PlsEstimator");
        }
        for (String c : model.indicators()) {
            if (!data.hasColumn(c)) {
                throw new CsiDataException("the data has no column '" + c + "' (an indicator of the model)");
            }
        }
    }
}
