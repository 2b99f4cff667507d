package dev.csimodel.analysis.study;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.WeightedMoments;
import dev.csimodel.data.missing.MissingData;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a study as each method needs them: checked for missing values, prepared by the
 * missing-data strategy for the row-based methods, with the weights of the rows a fit uses.
 */
public final class StudyRows {

    private StudyRows() {
    }

    /**
     * @param table    the used columns
     * @param strategy the missing-data strategy
     * @param source   names the data in messages
     * @throws CsiDataException naming the number of missing values and the first one's column
     *                          and data row, when {@code strategy} rejects missing values
     */
    public static void requireAllowed(DataTable table, MissingStrategy strategy, String source) {
        if (strategy != MissingStrategy.REJECT) {
            return;
        }
        int count = 0;
        String first = null;
        for (int j = 0; j < table.columnCount(); j++) {
            for (int i = 0; i < table.rowCount(); i++) {
                if (Double.isNaN(table.value(i, j)) && count++ == 0) {
                    first = "column '" + table.columnNames().get(j) + "', data row " + (i + 1);
                }
            }
        }
        if (count > 0) {
            throw new CsiDataException(source + ": " + count + " missing value(s), the first in " + first
                    + "; choose a missing-data strategy: mean, listwise or pairwise (csi --missing-strategy)");
        }
    }

    /**
     * @param model    the model
     * @param handling the missing-data strategy and weights
     * @return the indicators of {@code model}, then the weight column of {@code handling} if any
     */
    public static List<String> columns(PathModel model, DataHandling handling) {
        List<String> out = new ArrayList<>(model.indicators());
        handling.weights().ifPresent(out::add);
        return out;
    }

    /**
     * @param model    the model
     * @param table    the data, with at least the model's columns
     * @param source   names the data in messages
     * @param settings the PLS settings
     * @param handling the missing-data strategy and weights
     * @return the fit of {@code model} on the used columns of {@code table}
     * @throws CsiDataException naming {@code source} if the strategy rejects a missing value it holds
     */
    public static PlsResult fit(PathModel model, DataTable table, String source, PlsSettings settings,
                                DataHandling handling) {
        requireAllowed(table.select(model.indicators()), handling.missing(), source);
        return new PlsEstimator(settings).estimate(model, table.select(columns(model, handling)), handling);
    }

    /**
     * @param indicators the columns
     * @param table      the data
     * @param strategy   the missing-data strategy
     * @return the rows {@code strategy} leaves over {@code indicators}, without missing values:
     *         imputed (mean) or complete (listwise, and pairwise, which has no single row set);
     *         for the row-based methods (bootstrap, PLSpredict, indices from rows)
     */
    public static DataTable scoreRows(List<String> indicators, DataTable table, MissingStrategy strategy) {
        MissingStrategy rows = strategy == MissingStrategy.REJECT ? MissingStrategy.REJECT
                : strategy == MissingStrategy.MEAN ? MissingStrategy.MEAN : MissingStrategy.LISTWISE;
        return MissingData.prepare(table, indicators, rows, null).rows();
    }

    /** @return {@link #scoreRows} with the weight column of those rows, so each resampled respondent keeps its weight */
    static DataTable bootstrapRows(PathModel model, DataTable table, DataHandling handling) {
        DataTable rows = scoreRows(model.indicators(), table, handling.missing());
        return handling.weightColumn() == null ? rows
                : rows.withColumn(handling.weightColumn(), usedWeights(handling, model, table));
    }

    /**
     * @param handling the missing-data strategy and the weight column
     * @param model    the model whose indicators decide which rows are complete
     * @param table    the data with the weight column
     * @return the weights of the rows a fit uses: the complete rows under listwise deletion, else all
     */
    public static double[] usedWeights(DataHandling handling, PathModel model, DataTable table) {
        double[] w = WeightedMoments.weights(table, handling.weightColumn());
        if (handling.missing() != MissingStrategy.LISTWISE) {
            return w;
        }
        boolean[] used = new boolean[w.length];
        Arrays.fill(used, true);
        int count = w.length;
        for (String c : model.indicators()) {
            double[] x = table.column(c);
            for (int r = 0; r < x.length; r++) {
                if (used[r] && Double.isNaN(x[r])) {
                    used[r] = false;
                    count--;
                }
            }
        }
        double[] out = new double[count];
        for (int r = 0, k = 0; r < w.length; r++) {
            if (used[r]) {
                out[k++] = w[r];
            }
        }
        return out;
    }

    /** @return the weight summary of the rows {@code model}'s fit uses, when weighted */
    static java.util.Optional<WeightSummary> weights(DataHandling handling, PathModel model, DataTable table) {
        return handling.weightColumn() == null ? java.util.Optional.empty()
                : java.util.Optional.of(WeightSummary.of(usedWeights(handling, model, table)));
    }

    /** @return the {@code columns} of {@code parts}, their rows one after the other in list order */
    static DataTable concat(List<String> columns, List<DataTable> parts) {
        int n = parts.stream().mapToInt(DataTable::rowCount).sum();
        double[][] out = new double[columns.size()][n];
        int offset = 0;
        for (DataTable t : parts) {
            for (int j = 0; j < columns.size(); j++) {
                System.arraycopy(t.column(columns.get(j)), 0, out[j], offset, t.rowCount());
            }
            offset += t.rowCount();
        }
        return DataTable.ofColumns(columns, out);
    }
}
