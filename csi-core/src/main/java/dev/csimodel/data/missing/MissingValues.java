package dev.csimodel.data.missing;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
     * @param table the data; every column is recoded
     */
    public static DataTable recode(DataTable table, double... codes) {
        Arguments.requireNonNull(table, "table");
        return recode(table, table.columnNames(), codes);
    }

    /**
     * @return {@code table} with every value equal to one of {@code codes} in the named columns replaced by NaN
     * @throws CsiSpecificationException if an argument is null or a code is not finite
     * @param codes the missing-value codes, compared as numbers ({@code -99} equals {@code -99.0})
     * @param table the data
     * @param columns the columns to recode; the other columns are left as they are
     */
    public static DataTable recode(DataTable table, List<String> columns, double... codes) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(codes, "codes");
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

    /**
     * Finds values that look like missing-value codes left in the data. A value {@code v} of a
     * column is suspect when all of these hold:
     * <ol>
     * <li>it occurs at least twice;</li>
     * <li>it has the form of a code: a negative integer, or an integer whose digits are all 9
     * and at least two of them ({@code 99, 999, 9999}, also negated);</li>
     * <li>the column's other values, without every value of that form occurring at least twice,
     * are not empty, and {@code v} lies outside their range {@code [min, max]} by more than
     * {@code max(max − min, 1)}.</li>
     * </ol>
     * So {@code -99}, {@code 99}, {@code 999} or {@code 9999} beside answers 1-10 are suspect, and
     * {@code 9} on a 1-10 scale or {@code -3} on a -3..3 scale are not. NaN cells are ignored.
     *
     * @return the suspect values, column by column in the given order, values ascending
     * @throws CsiSpecificationException if an argument is null
     * @param table the data
     * @param columns the columns to scan
     */
    public static List<SuspectMissingCode> suspectCodes(DataTable table, List<String> columns) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(columns, "columns");
        List<SuspectMissingCode> out = new ArrayList<>();
        for (String name : columns) {
            out.addAll(suspectCodes(name, table.column(name)));
        }
        return out;
    }

    /**
     * One pass without sorting (a 1,000,000-row column sorted cost about 80 ms): code-like values
     * are counted in a map (there are few distinct ones), every other value updates the range;
     * code-like values seen only once join the range afterwards.
     */
    private static List<SuspectMissingCode> suspectCodes(String name, double[] column) {
        Map<Double, Integer> codeLike = new TreeMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : column) {
            if (!Double.isFinite(v)) {
                continue;
            }
            if (codeLike(v)) {
                codeLike.merge(v, 1, Integer::sum);
            } else {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        for (Map.Entry<Double, Integer> c : codeLike.entrySet()) {
            if (c.getValue() < 2) {
                min = Math.min(min, c.getKey());
                max = Math.max(max, c.getKey());
            }
        }
        List<SuspectMissingCode> out = new ArrayList<>();
        double margin = Math.max(max - min, 1);
        for (Map.Entry<Double, Integer> c : codeLike.entrySet()) {
            double v = c.getKey();
            if (c.getValue() >= 2 && min <= max && (v < min - margin || v > max + margin)) {
                out.add(new SuspectMissingCode(name, v, c.getValue()));
            }
        }
        return out;
    }

    /** @return true for a negative integer or ±99, ±999, ... (the usual forms of a missing code) */
    private static boolean codeLike(double v) {
        if (v >= 0 && v < 99) {
            return false; // most answers: below the smallest code, without rint and the loop below
        }
        if (v != Math.rint(v) || Math.abs(v) > 1e15) {
            return false;
        }
        if (v < 0) {
            return true;
        }
        for (double nines = 99; nines <= 1e15; nines = nines * 10 + 9) {
            if (v == nines) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCode(double v, double[] codes) {
        for (double c : codes) {
            if (v == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the number of missing values (NaN) in column {@code name}
     * @param table the data
     * @param name a column name of {@code table}
     */
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
