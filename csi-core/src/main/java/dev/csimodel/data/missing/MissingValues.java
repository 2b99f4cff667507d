package dev.csimodel.data.missing;

import dev.csimodel.CsiSpecificationException;
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

    /**
     * @param codes the missing-value codes, compared as numbers ({@code -99} equals {@code -99.0})
     * @return {@code table} with every value equal to one of {@code codes}, in every column, replaced by NaN
     * @throws CsiSpecificationException if {@code table} or {@code codes} is null or a code is not finite
     */
    public static DataTable recode(DataTable table, double... codes) {
        if (table == null) {
            throw new CsiSpecificationException("recode: the table is null");
        }
        return recode(table, table.columnNames(), codes);
    }

    /**
     * @return {@code table} with every value equal to one of {@code codes} in the named columns replaced by NaN
     * @throws CsiSpecificationException if an argument is null or a code is not finite
     */
    public static DataTable recode(DataTable table, List<String> columns, double... codes) {
        if (table == null || columns == null || codes == null) {
            throw new CsiSpecificationException("recode: the " + (table == null ? "table" : columns == null ? "list of columns"
                    : "array of codes") + " is null");
        }
        for (double c : codes) {
            if (!Double.isFinite(c)) {
                throw new CsiSpecificationException("recode: the missing-value code " + c + " is not a finite number");
            }
        }
        DataTable out = table;
        for (String name : columns) {
            double[] x = table.column(name);
            boolean changed = false;
            for (int r = 0; r < x.length; r++) {
                if (isCode(x[r], codes)) {
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

    private static boolean isCode(double v, double[] codes) {
        for (double c : codes) {
            if (v == c) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of missing values (NaN) in column {@code name} */
    public static int count(DataTable table, String name) {
        int c = 0;
        for (double v : table.column(name)) {
            if (Double.isNaN(v)) {
                c++;
            }
        }
        return c;
    }
}
