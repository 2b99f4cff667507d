package dev.csimodel.cli;

import dev.csimodel.analysis.study.StudyRows;
import dev.csimodel.analysis.study.ScaleScreen;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.spec.PathModel;

import java.util.List;

/**
 * The rows a one-model command works on: the model's columns read with the data options,
 * checked against {@code --scale} when given, and prepared by the missing-data strategy (complete
 * rows, or mean replacement) as {@link Estimation#scoreRows} does for PLSpredict.
 */
final class ModelRows {

    private ModelRows() {
    }

    static DataTable of(DataOptions data, OutputOptions output, Estimation run, PathModel model) {
        if (data.weights != null) {
            throw new CsiSpecificationException("--weights is not supported by this command; it treats every row "
                    + "alike (drop --weights, or use estimate)");
        }
        DataTable table = SurveyData.load(data, null, List.of(model)).table();
        if (output.scale != null) {
            table = ScaleScreen.apply(table, model.indicators(), output.scale, output.outOfScale).table();
        }
        StudyRows.requireAllowed(table.select(model.indicators()), data.missingStrategy, data.sourceName());
        return run.scoreRows(model, table);
    }
}
