package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;

/** Applies the {@code --missing-strategy} to the used columns before estimation. */
final class MissingValues {

    private MissingValues() {
    }

    /**
     * @param source names the data in messages
     * @return {@code table} if it has no missing value, else the table the strategy makes of it
     * @throws CsiDataException naming the first column with missing values when no strategy is set,
     *                          or when listwise deletion leaves no row
     */
    static DataTable prepare(DataTable table, MissingStrategyOption strategy, String source) {
        int firstColumn = -1;
        int firstRow = -1;
        int count = 0;
        for (int j = 0; j < table.columnCount(); j++) {
            for (int i = 0; i < table.rowCount(); i++) {
                if (Double.isNaN(table.value(i, j))) {
                    count++;
                    if (firstColumn < 0) {
                        firstColumn = j;
                        firstRow = i;
                    }
                }
            }
        }
        if (count == 0) {
            return table;
        }
        if (strategy == null) {
            throw new CsiDataException(source + ": " + count + " missing value(s), the first in column '"
                    + table.columnNames().get(firstColumn) + "', data row " + (firstRow + 1)
                    + "; choose --missing-strategy mean or listwise");
        }
        if (strategy == MissingStrategyOption.MEAN) {
            throw new CsiSpecificationException("--missing-strategy mean is not available in this build");
        }
        DataTable complete = table.filterRows(i -> complete(table, i));
        if (complete.rowCount() == 0) {
            throw new CsiDataException(source + ": listwise deletion leaves no complete row");
        }
        return complete;
    }

    private static boolean complete(DataTable table, int row) {
        for (int j = 0; j < table.columnCount(); j++) {
            if (Double.isNaN(table.value(row, j))) {
                return false;
            }
        }
        return true;
    }
}
