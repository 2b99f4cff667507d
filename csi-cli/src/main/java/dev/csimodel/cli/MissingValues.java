package dev.csimodel.cli;

import dev.csimodel.data.DataTable;

/** The complete rows of a table, for the commands that compare models on the same rows. */
final class MissingValues {

    private MissingValues() {
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
