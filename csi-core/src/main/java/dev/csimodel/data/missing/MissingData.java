package dev.csimodel.data.missing;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.data.WeightedMoments;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Applies a {@link MissingStrategy} to the indicator columns of a table and computes the moments
 * to estimate from, optionally with sampling weights ({@link WeightedMoments}).
 *
 * <p>An infinite value is never treated as missing: it is reported as bad data.
 */
public final class MissingData {

    private MissingData() {
    }

    /**
     * @return the moments of {@code columns} under {@code strategy}, unweighted
     * @param table the data, NaN marking a missing value
     * @param columns the columns whose moments are computed
     * @param strategy how missing values are treated (listwise, pairwise, mean imputation or rejection)
     */
    public static Moments moments(DataTable table, List<String> columns, MissingStrategy strategy) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(strategy, "strategy");
        return prepare(table, columns, strategy, null).moments();
    }

    /**
     * Applies {@code strategy} to the named columns.
     *
     * @param weights one sampling weight per row of {@code table}, or {@code null} for none; the
     *                mean imputed by {@link MissingStrategy#MEAN} is then the weighted mean
     * @throws CsiDataException naming the column (and row) of an infinite value, of a column
     *                          without any observed value, too few complete rows, or a missing
     *                          value under {@link MissingStrategy#REJECT}
     * @param table the data, NaN marking a missing value
     * @param columns the columns to prepare
     * @param strategy how missing values are treated (listwise, pairwise, mean imputation or rejection)
     * @return the rows (complete or imputed) with their weights, ready for estimation
     */
    public static PreparedData prepare(DataTable table, List<String> columns, MissingStrategy strategy,
                                       double[] weights) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(strategy, "strategy");
        if (strategy == null) {
            throw new CsiSpecificationException("the missing-data strategy must be given");
        }
        if (weights != null) {
            if (weights.length != table.rowCount()) {
                throw new CsiDataException(weights.length + " weights for " + table.rowCount() + " rows");
            }
            WeightedMoments.validate(weights, "sampling weights");
        }
        DataTable data = table.select(columns);
        rejectInfinite(data);
        int[] missing = columns.stream().mapToInt(c -> MissingValues.count(data, c)).toArray();
        int[] complete = completeRows(data);
        return switch (strategy) {
            case REJECT -> reject(data, weights, missing, complete);
            case MEAN -> mean(data, weights, missing, complete);
            case LISTWISE -> listwise(data, weights, missing, complete);
            case PAIRWISE -> pairwise(data, weights, missing, complete);
        };
    }

    private static PreparedData reject(DataTable data, double[] weights, int[] missing, int[] complete) {
        Moments m = moments(data, weights);
        return new PreparedData(data, weights, m,
                report(MissingStrategy.REJECT, data, missing, complete, all(data), null));
    }

    private static PreparedData mean(DataTable data, double[] weights, int[] missing, int[] complete) {
        List<String> names = data.columnNames();
        double[] replacement = new double[names.size()];
        DataTable imputed = data;
        for (int j = 0; j < names.size(); j++) {
            double[] x = data.column(names.get(j));
            replacement[j] = observedMean(x, weights, names.get(j));
            if (missing[j] > 0) {
                for (int r = 0; r < x.length; r++) {
                    x[r] = Double.isNaN(x[r]) ? replacement[j] : x[r];
                }
                imputed = imputed.withColumn(names.get(j), x);
            }
        }
        return new PreparedData(imputed, weights, moments(imputed, weights),
                report(MissingStrategy.MEAN, data, missing, complete, all(data), replacement));
    }

    private static PreparedData listwise(DataTable data, double[] weights, int[] missing, int[] complete) {
        requireRows(complete.length, "complete rows (listwise deletion)", data);
        DataTable rows = data.rows(complete);
        for (String c : rows.columnNames()) {
            if (complete.length < data.rowCount() && Moments.isConstant(rows.column(c))) {
                throw new CsiDataException("indicator '" + c + "' has zero variance: it is constant in the "
                        + complete.length + " rows left after listwise deletion (of " + data.rowCount() + ")");
            }
        }
        double[] w = weights == null ? null : IntStream.of(complete).mapToDouble(r -> weights[r]).toArray();
        return new PreparedData(rows, w, moments(rows, w),
                report(MissingStrategy.LISTWISE, data, missing, complete, complete, null));
    }

    private static PreparedData pairwise(DataTable data, double[] weights, int[] missing, int[] complete) {
        double[] w = weights == null ? ones(data.rowCount()) : weights;
        Moments m = PairwiseMoments.compute(data, w);
        double[] cw = IntStream.of(complete).mapToDouble(r -> w[r]).toArray();
        return new PreparedData(data.rows(complete), weights == null ? null : cw, m,
                report(MissingStrategy.PAIRWISE, data, missing, complete, complete, null));
    }

    private static Moments moments(DataTable data, double[] weights) {
        requireRows(data.rowCount(), "rows", data);
        return weights == null ? Moments.of(data, data.columnNames())
                : WeightedMoments.of(data, data.columnNames(), weights);
    }

    private static void requireRows(int count, String what, DataTable data) {
        if (count < 2) {
            throw new CsiDataException("at least two " + what + " are needed, the data has " + count
                    + " (indicators " + data.columnNames() + ")");
        }
    }

    private static double observedMean(double[] x, double[] weights, String name) {
        double sum = 0;
        double total = 0;
        for (int r = 0; r < x.length; r++) {
            if (!Double.isNaN(x[r])) {
                double w = weights == null ? 1.0 : weights[r];
                sum += w * x[r];
                total += w;
            }
        }
        if (!(total > 0)) {
            throw new CsiDataException("indicator '" + name + "' has no observed value"
                    + (weights == null ? "" : " with a positive weight") + ": nothing to replace missing values with");
        }
        return sum / total;
    }

    private static void rejectInfinite(DataTable data) {
        for (int j = 0; j < data.columnCount(); j++) {
            for (int r = 0; r < data.rowCount(); r++) {
                double v = data.value(r, j);
                if (Double.isInfinite(v)) {
                    throw new CsiDataException("column '" + data.columnNames().get(j) + "', row " + (r + 1)
                            + ": non-finite value " + v + " (only NaN marks a missing value)");
                }
            }
        }
    }

    /** Plain loops rather than nested streams: this runs over every cell of large tables, often cold. */
    private static int[] completeRows(DataTable data) {
        int rows = data.rowCount();
        boolean[] missing = new boolean[rows];
        int gone = 0;
        for (int j = 0; j < data.columnCount(); j++) {
            for (int r = 0; r < rows; r++) {
                if (!missing[r] && Double.isNaN(data.value(r, j))) {
                    missing[r] = true;
                    gone++;
                }
            }
        }
        int[] out = new int[rows - gone];
        for (int r = 0, k = 0; r < rows; r++) {
            if (!missing[r]) {
                out[k++] = r;
            }
        }
        return out;
    }

    private static int[] all(DataTable data) {
        return IntStream.range(0, data.rowCount()).toArray();
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }

    private static MissingDataReport report(MissingStrategy s, DataTable data, int[] missing, int[] complete,
                                            int[] scoreRows, double[] replacement) {
        List<IndicatorMissing> list = new ArrayList<>();
        List<String> names = data.columnNames();
        for (int j = 0; j < names.size(); j++) {
            OptionalDouble rep = replacement != null && missing[j] > 0
                    ? OptionalDouble.of(replacement[j]) : OptionalDouble.empty();
            list.add(new IndicatorMissing(names.get(j), data.rowCount() - missing[j], missing[j], rep));
        }
        return new MissingDataReport(s, data.rowCount(), complete.length,
                IntStream.of(scoreRows).boxed().toList(), list);
    }
}
