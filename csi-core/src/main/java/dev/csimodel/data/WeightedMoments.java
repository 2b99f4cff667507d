package dev.csimodel.data;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;

import java.util.List;

/**
 * Moments of data with sampling (survey) weights: weighted means
 * {@code m_j = Σ_r w_r x_rj / Σ_r w_r} and weighted population covariances
 * {@code s_jk = Σ_r w_r (x_rj − m_j)(x_rk − m_k) / Σ_r w_r}.
 *
 * <p>The number of observations of the resulting {@link Moments} is {@code n = Σ w_r}: the divisor
 * of the population (co)variances and the n of the standard errors and of the degrees of freedom
 * of the structural regressions. Given as they are, weights act as frequency weights: a row of
 * weight 3 counts exactly as three copies of the row. Sampling weights are first rescaled by
 * {@link #normalised} so that n is the row count (the estimator does this by default, see
 * {@code DataHandling.weightKind()}). Weighted PLS itself, PLS on weighted moments, is the
 * WPLS of Becker and Ismail (2016, "Accommodating survey weights in PLS path modeling: a weighted
 * PLS (WPLS) algorithm", European Management Journal 34). Weights that are
 * only relative (e.g. summing to 1) should be rescaled to sum to the sample size before use,
 * otherwise the standard errors refer to a sample of size Σw.
 */
public final class WeightedMoments {

    private WeightedMoments() {
    }

    /**
     * Reads and validates the weight column {@code column} of {@code table}.
     *
     * @throws CsiDataException naming the column and row of a missing, non-finite or negative
     *                          weight, or if all weights are zero
     * @param table the data
     * @param column the name of the weight column
     * @return one validated weight per row of {@code table}
     */
    public static double[] weights(DataTable table, String column) {
        Arguments.requireNonNull(table, "table");
        Arguments.requireNonNull(column, "column");
        if (!table.hasColumn(column)) {
            throw new CsiDataException("the data has no weight column '" + column + "'; its columns are "
                    + table.columnNames());
        }
        double[] w = table.column(column);
        validate(w, "weight column '" + column + "'");
        return w;
    }

    /**
     * Checks that {@code w} are usable sampling weights: finite, non-negative, not all zero.
     *
     * @param what how to name the weights in a message
     * @throws CsiDataException naming the first offending row (1-based)
     * @param w validated weights (see {@link #validate})
     */
    public static void validate(double[] w, String what) {
        Arguments.requireNonNull(w, "w");
        Arguments.requireNonNull(what, "what");
        double sum = 0;
        for (int r = 0; r < w.length; r++) {
            if (!Double.isFinite(w[r])) {
                throw new CsiDataException(what + ", row " + (r + 1) + ": "
                        + (Double.isNaN(w[r]) ? "missing weight" : "non-finite weight " + w[r]));
            }
            if (w[r] < 0) {
                throw new CsiDataException(what + ", row " + (r + 1) + ": negative weight " + w[r]);
            }
            sum += w[r];
        }
        if (!(sum > 0)) {
            throw new CsiDataException(what + ": all " + w.length + " weights are zero");
        }
    }

    /**
     * Sampling weights rescaled to sum to the number of rows, {@code w_r · N / Σw}: the moments
     * are unchanged and the number of observations becomes the row count {@code N}.
     *
     * @param w validated weights (see {@link #validate})
     * @return a new array
     */
    public static double[] normalised(double[] w) {
        Arguments.requireNonNull(w, "w");
        boolean[] all = new boolean[w.length];
        java.util.Arrays.fill(all, true);
        return normalised(w, all);
    }

    /**
     * Weights rescaled so that those of the {@code used} rows sum to the number of used rows
     * (e.g. the complete rows of a listwise deletion). If the used rows all have weight zero the
     * weights are returned unscaled, for the moments to reject them with their own message.
     * @param w validated weights (see {@link #validate})
     * @param used which rows are used, one flag per weight
     * @return the rescaled weights (a new array)
     */
    public static double[] normalised(double[] w, boolean[] used) {
        Arguments.requireNonNull(w, "w");
        Arguments.requireNonNull(used, "used");
        double sum = 0;
        int count = 0;
        for (int r = 0; r < w.length; r++) {
            if (used[r]) {
                sum += w[r];
                count++;
            }
        }
        double factor = sum > 0 ? count / sum : 1.0;
        double[] out = new double[w.length];
        for (int r = 0; r < w.length; r++) {
            out[r] = w[r] * factor;
        }
        return out;
    }

    /**
     * Kish's effective sample size {@code n_eff = (Σw)² / Σw²} (Kish 1965, "Survey Sampling",
     * Wiley): the size of a simple random sample with the same variance of a weighted mean.
     * Equals the row count when all weights are equal; invariant to scaling the weights.
     *
     * @param w validated weights (see {@link #validate})
     * @return the effective sample size, between 1 and the number of positive weights
     */
    public static double kishEffectiveSize(double[] w) {
        Arguments.requireNonNull(w, "w");
        double sum = 0;
        double squares = 0;
        for (double v : w) {
            sum += v;
            squares += v * v;
        }
        return sum * sum / squares;
    }

    /**
     * Weighted moments of the named columns.
     *
     * @param weights one non-negative finite weight per row, not all zero
     * @throws CsiDataException naming column and row of a missing or non-finite value, the row of
     *                          a bad weight, or a column with zero weighted variance
     * @param data the rows, without missing values in {@code columns}
     * @param columns the columns whose moments are computed, in that order
     * @return the weighted means and population covariance matrix, observations = Σw
     */
    public static Moments of(DataTable data, List<String> columns, double[] weights) {
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(columns, "columns");
        Arguments.requireNonNull(weights, "weights");
        int n = data.rowCount();
        if (weights.length != n) {
            throw new CsiDataException(weights.length + " weights for " + n + " rows");
        }
        validate(weights, "sampling weights");
        int p = columns.size();
        double[][] x = new double[p][];
        double[] means = new double[p];
        double total = 0;
        for (double v : weights) {
            total += v;
        }
        for (int j = 0; j < p; j++) {
            x[j] = data.column(columns.get(j));
            means[j] = weightedMean(x[j], weights, total, columns.get(j));
        }
        double[] cov = new double[p * p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double s = 0;
                for (int r = 0; r < n; r++) {
                    s += weights[r] * (x[a][r] - means[a]) * (x[b][r] - means[b]);
                }
                cov[a * p + b] = s / total;
                cov[b * p + a] = s / total;
            }
        }
        double[][] range = Moments.extremes(x);
        return new Moments(columns, total, means, cov, range[0], range[1]);
    }

    private static double weightedMean(double[] x, double[] w, double total, String column) {
        double s = 0;
        for (int r = 0; r < x.length; r++) {
            if (!Double.isFinite(x[r])) {
                throw new CsiDataException("column '" + column + "', row " + (r + 1) + ": "
                        + (Double.isNaN(x[r]) ? "missing value" : "non-finite value " + x[r]));
            }
            s += w[r] * x[r];
        }
        return s / total;
    }
}
