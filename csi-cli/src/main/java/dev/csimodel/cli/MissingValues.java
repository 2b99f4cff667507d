package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;

/**
 * Command-line checks of missing values before estimation: the estimator's own message names
 * its Java API, the command line names its option.
 */
final class MissingValues {

    private MissingValues() {
    }

    /**
     * @param source names the data in messages
     * @throws CsiDataException naming the first column and row with a missing value, and the
     *                          option that allows them, when the strategy rejects missing values
     */
    static void requireAllowed(DataTable table, MissingStrategy strategy, String source) {
        if (strategy != MissingStrategy.REJECT) {
            return;
        }
        int count = 0;
        String first = null;
        for (int j = 0; j < table.columnCount(); j++) {
            for (int i = 0; i < table.rowCount(); i++) {
                if (Double.isNaN(table.value(i, j))) {
                    if (count++ == 0) {
                        first = "column '" + table.columnNames().get(j) + "', data row " + (i + 1);
                    }
                }
            }
        }
        if (count > 0) {
            throw new CsiDataException(source + ": " + count + " missing value(s), the first in " + first
                    + "; choose --missing-strategy mean, listwise or pairwise");
        }
    }

    /** @return the rows of {@code table} without a missing value in any of its columns */
    static DataTable completeRows(DataTable table) {
        return table.filterRows(i -> {
            for (int j = 0; j < table.columnCount(); j++) {
                if (Double.isNaN(table.value(i, j))) {
                    return false;
                }
            }
            return true;
        });
    }
}
