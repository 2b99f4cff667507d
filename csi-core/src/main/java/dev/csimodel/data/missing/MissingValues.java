package dev.csimodel.data.missing;

import dev.csimodel.Arguments;
import dev.csimodel.data.DataTable;

import java.util.List;

/**
 * Recoding of missing-value codes. Survey files often mark a missing answer by a sentinel such as
 * {@code -99} (the corporate reputation data of Hair et al.'s Primer does); the library marks it
 * by {@code NaN}, so the code has to be turned into {@code NaN} before estimation, or the
 * sentinel would enter the means and correlations as if it were an answer.
 */
public final class MissingValues {

    private MissingValues() {
    }

    /** @return {@code table} with every value equal to {@code code}, in every column, replaced by NaN */
    public static DataTable recode(DataTable table, double code) {
        Arguments.requireNonNull(table, "table");
        return recode(table, table.columnNames(), code);
    }

    /** @return {@code table} with every value equal to {@code code} in the named columns replaced by NaN */
    public static DataTable recode(DataTable table, List<String> columns, double code) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(columns, "columns");
        DataTable out = table;
        for (String name : columns) {
            double[] x = table.column(name);
            boolean changed = false;
            for (int r = 0; r < x.length; r++) {
                if (x[r] == code) {
                    x[r] = Double.NaN;
                    changed = true;
                }
            }
            if (changed) {
                out = out.withColumn(name, x);
            }
        }
        return out;
    }

    /** @return the number of missing values (NaN) in column {@code name} */
    public static int count(DataTable table, String name) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(name, "name");
        int c = 0;
        for (double v : table.column(name)) {
            if (Double.isNaN(v)) {
                c++;
            }
        }
        return c;
    }
}
