package dev.csimodel.data;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;

import java.util.List;
import java.util.OptionalDouble;

/**
 * First and second moments of a set of indicators: the number of observations, the means, the
 * population standard deviations and the population covariance matrix (divisor n, the
 * convention of R plspm). PLS path modelling needs nothing else from the data, which is why an
 * estimate costs O(p²) per iteration whatever the number of rows.
 *
 * <p>Immutable; arrays are copied in and out.
 */
public final class Moments {

    /**
     * Smallest accepted variance, 2⁻¹⁰⁰⁰ ≈ 9e-302: products of deviations of such a variable come
     * close to the subnormal range (below 2⁻¹⁰²² ≈ 2e-308), where doubles lose significant digits
     * and correlations computed from them can exceed 1.
     */
    static final double SMALLEST_VARIANCE = 0x1p-1000;
    /**
     * Relative spread ({@code (max − min)/max|x|} of the values, or SD/|mean| of moments) at or
     * below which a column counts as constant: scale-free, so that a column of values near 1e-300
     * that varies is not called constant, while the rounding debris (about 1e-16 relative) of the
     * mean of a truly constant column is.
     */
    public static final double CONSTANT_RELATIVE = 1e-12;
    /** Below this magnitude, 2⁻⁵⁰⁰ ≈ 3e-151, squares of the values fall under {@link #SMALLEST_VARIANCE}. */
    static final double TINY_SCALE = 0x1p-500;

    private final List<String> names;
    private final double observations;
    private final double[] means;
    private final double[] covariance;
    /** Smallest and largest value of each indicator, null when the source did not keep them. */
    private final double[] minima;
    private final double[] maxima;
    /** False for moments made from a correlation matrix alone, which have no means. */
    private final boolean hasMeans;
    /** Lazily derived from the covariance; a benign race recomputes the same values. */
    private volatile double[] correlation;

    /**
     * @param names        indicator names, in the order of the arrays
     * @param observations number of observations (the sum of weights for weighted data)
     * @param means        means, one per name
     * @param covariance   population covariance matrix, row-major {@code p x p}
     * @throws CsiDataException naming the indicator if a variance is zero or a value not finite
     */
    public Moments(List<String> names, double observations, double[] means, double[] covariance) {
        this(names, observations, means, covariance, null, null);
    }

    /**
     * As {@link #Moments(List, double, double[], double[])}, with each indicator's smallest and
     * largest value (both null when unknown), which checks against a declared response scale use.
     *
     * @throws CsiDataException if only one of the ranges is given or a length differs
     * @param names indicator names, in the order of the arrays
     * @param observations number of observations (the sum of weights for weighted data)
     * @param means means, one per name
     * @param covariance population covariance matrix, row-major {@code p x p}
     * @param minima the smallest value of each indicator, or {@code null} when the range is unknown
     * @param maxima the largest value of each indicator, or {@code null} when the range is unknown
     */
    public Moments(List<String> names, double observations, double[] means, double[] covariance,
                   double[] minima, double[] maxima) {
        this(names, observations, means, covariance, minima, maxima, true);
    }

    private Moments(List<String> names, double observations, double[] means, double[] covariance,
                    double[] minima, double[] maxima, boolean hasMeans) {
        Arguments.requireNonNull(names, "names");
        Arguments.requireNonNull(means, "means");
        Arguments.requireNonNull(covariance, "covariance");
        int p = names.size();
        if (means.length != p || covariance.length != p * p) {
            throw new CsiDataException("moments of " + p + " indicators need " + p + " means and "
                    + (p * p) + " covariances, got " + means.length + " and " + covariance.length);
        }
        this.names = List.copyOf(names);
        this.observations = observations;
        this.means = means.clone();
        this.covariance = covariance.clone();
        if ((minima == null) != (maxima == null)
                || (minima != null && (minima.length != p || maxima.length != p))) {
            throw new CsiDataException("moments of " + p + " indicators need " + p + " minima and maxima or none");
        }
        this.minima = minima == null ? null : minima.clone();
        this.maxima = maxima == null ? null : maxima.clone();
        this.hasMeans = hasMeans;
        validate();
    }

    /**
     * Moments that hold only a correlation matrix: the moments of standardised variables (SD 1)
     * without means, e.g. the latent responses behind ordinal indicators, whose polychoric
     * correlations ({@link dev.csimodel.ordinal}) are all a PLS estimate needs. {@link #mean(int)}
     * and {@link #means()} throw, so that nothing built on the observed means (0-100 indices,
     * construct scores) is computed from values these moments do not have.
     *
     * @param names        indicator names, in the order of the matrix
     * @param observations the number of observations the correlations come from
     * @param correlation  the row-major {@code p x p} correlation matrix: symmetric, unit
     *                     diagonal, entries finite and within [−1, 1]
     * @return the moments
     * @throws CsiDataException naming the first pair of indicators whose entry breaks those rules
     */
    public static Moments ofCorrelation(List<String> names, double observations, double[] correlation) {
        Arguments.requireNonNull(names, "names");
        Arguments.requireNonNull(correlation, "correlation");
        int p = names.size();
        if (correlation.length != p * p) {
            throw new CsiDataException("a correlation matrix of " + p + " indicators needs " + (p * p)
                    + " entries, got " + correlation.length);
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double r = correlation[i * p + j];
                boolean ok = i == j ? r == 1.0 : Math.abs(r) <= 1 && r == correlation[j * p + i];
                if (!ok) {
                    throw new CsiDataException("the correlation of '" + names.get(i) + "' and '" + names.get(j)
                            + "' is " + r + ": a correlation matrix is symmetric with unit diagonal and entries in [-1, 1]");
                }
            }
        }
        return new Moments(names, observations, new double[p], correlation, null, null, false);
    }

    /** @return false if these moments hold correlations only ({@link #ofCorrelation}), true if they have means */
    public boolean hasMeans() {
        return hasMeans;
    }

    private void requireMeans(int j) {
        if (!hasMeans) {
            throw new CsiDataException("the moments of '" + names.get(j) + "' hold correlations only (e.g. polychoric"
                    + " correlations of ordinal indicators): there are no means, so nothing that needs the observed"
                    + " means (0-100 indices, scores) can be computed from them");
        }
    }

    /**
     * Computes the moments of the named columns of {@code data}.
     *
     * @throws CsiDataException naming the column (and row) if a column is missing, holds a
     *                          missing or non-finite value, or has zero variance
     * @param data the rows, without missing values in {@code columns}
     * @param columns the columns whose moments are computed, in that order
     * @return the unweighted means and population covariance matrix of the columns
     */
    public static Moments of(DataTable data, List<String> columns) {
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(columns, "columns");
        return MomentComputation.compute(data, columns);
    }

    /**
     * Whether the finite values of a column are constant on the scale-free criterion
     * {@code max − min <= CONSTANT_RELATIVE · max|x|} (NaN values are ignored; an empty column
     * is constant).
     *
     * @param values the column
     * @return true if it does not vary
     */
    public static boolean isConstant(double[] values) {
        dev.csimodel.Arguments.requireNonNull(values, "values");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return !(max > min) || max - min <= CONSTANT_RELATIVE * Math.max(Math.abs(min), Math.abs(max));
    }

    private void validate() {
        if (!(observations > 1)) {
            throw new CsiDataException("at least two observations are needed, got " + observations);
        }
        for (int j = 0; j < names.size(); j++) {
            double v = covariance[j * names.size() + j];
            if (!Double.isFinite(means[j]) || !Double.isFinite(v)) {
                throw new CsiDataException("indicator '" + names.get(j) + "' has a non-finite mean or variance");
            }
            boolean tiny = v < SMALLEST_VARIANCE && Math.abs(means[j]) < TINY_SCALE && (v > 0 || means[j] != 0);
            if (!tiny && !(Math.sqrt(v) > CONSTANT_RELATIVE * Math.abs(means[j]))) {
                throw new CsiDataException("indicator '" + names.get(j) + "' has zero variance (constant column)");
            }
            if (v < SMALLEST_VARIANCE) {
                throw new CsiDataException("indicator '" + names.get(j) + "' has variance " + v
                        + ", too small for accurate correlations; rescale it (e.g. multiply by 1e100)");
            }
        }
    }

    /** @return the indicator names */
    public List<String> names() {
        return names;
    }

    /** @return the number of indicators */
    public int size() {
        return names.size();
    }

    /** @return the number of observations (sum of weights for weighted data) */
    public double observations() {
        return observations;
    }

    /**
     * @return the mean of indicator {@code j}
     * @param j the indicator's index in {@link #names()}
     * @throws CsiDataException if the moments hold correlations only ({@link #ofCorrelation})
     */
    public double mean(int j) {
        requireMeans(j);
        return means[j];
    }

    /**
     * @return the smallest value of indicator {@code name} among the rows the moments come
     *         from, empty when the moments were built without ranges
     * @throws CsiDataException if the moments have no such indicator
     * @param name an indicator name
     */
    public OptionalDouble minimum(String name) {
        int j = indexOf(name);
        return minima == null ? OptionalDouble.empty() : OptionalDouble.of(minima[j]);
    }

    /**
     * @return the largest value of indicator {@code name}, empty when the moments were built
     *         without ranges
     * @throws CsiDataException if the moments have no such indicator
     * @param name an indicator name
     */
    public OptionalDouble maximum(String name) {
        int j = indexOf(name);
        return maxima == null ? OptionalDouble.empty() : OptionalDouble.of(maxima[j]);
    }

    /**
     * @return {@code {minima, maxima}} of the given columns over their non-missing values (NaN
     *         cells skipped), for moment sources that keep the rows
     */
    static double[][] extremes(double[][] columns) {
        double[] lo = new double[columns.length];
        double[] hi = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            lo[j] = Double.POSITIVE_INFINITY;
            hi[j] = Double.NEGATIVE_INFINITY;
            for (double v : columns[j]) {
                if (!Double.isNaN(v)) {
                    lo[j] = Math.min(lo[j], v);
                    hi[j] = Math.max(hi[j], v);
                }
            }
        }
        return new double[][] {lo, hi};
    }

    /**
     * @return the extremes of the named columns of {@code data} over their non-missing cells, as
     *         {@code {minima, maxima}}
     * @param data the data, NaN marking a missing value
     * @param columns the columns whose extremes are computed
     */
    public static double[][] extremes(DataTable data, List<String> columns) {
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(columns, "columns");
        double[][] x = new double[columns.size()][];
        for (int j = 0; j < x.length; j++) {
            x[j] = data.column(columns.get(j));
        }
        return extremes(x);
    }

    /**
     * @return the population standard deviation (divisor n) of indicator {@code j}
     * @param j the indicator's index in {@link #names()}
     */
    public double sd(int j) {
        return Math.sqrt(covariance[j * names.size() + j]);
    }

    /**
     * @return the population covariance of indicators {@code i} and {@code j}
     * @param i the first indicator's index in {@link #names()}
     * @param j the second indicator's index in {@link #names()}
     */
    public double covariance(int i, int j) {
        return covariance[i * names.size() + j];
    }

    /**
     * @return the correlation of indicators {@code i} and {@code j}
     * @param i the first indicator's index in {@link #names()}
     * @param j the second indicator's index in {@link #names()}
     */
    public double correlation(int i, int j) {
        return covariance(i, j) / (sd(i) * sd(j));
    }

    /**
     * @return a copy of the means
     * @throws CsiDataException if the moments hold correlations only ({@link #ofCorrelation})
     */
    public double[] means() {
        if (!names.isEmpty()) {
            requireMeans(0);
        }
        return means.clone();
    }

    /** @return a copy of the row-major {@code p x p} population covariance matrix */
    public double[] covarianceMatrix() {
        return covariance.clone();
    }

    /** @return a copy of the row-major {@code p x p} correlation matrix */
    public double[] correlationMatrix() {
        double[] r = correlation;
        if (r == null) {
            r = computeCorrelation();
            correlation = r;
        }
        return r.clone();
    }

    /** Computed once: an estimate and its quality criteria each need it. */
    private double[] computeCorrelation() {
        int p = names.size();
        double[] sd = new double[p];
        for (int i = 0; i < p; i++) {
            sd[i] = sd(i);
        }
        double[] r = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i * p + j] = i == j ? 1.0 : covariance[i * p + j] / (sd[i] * sd[j]);
            }
        }
        return r;
    }

    /**
     * @return the moments of the named indicators, in the given order
     * @throws CsiDataException naming the first indicator these moments do not have
     * @param selected the indicator names to keep, in the wanted order
     */
    public Moments select(List<String> selected) {
        Arguments.requireNonNull(selected, "selected");
        if (selected.equals(names)) {
            return this;
        }
        int q = selected.size();
        int p = names.size();
        int[] idx = selected.stream().mapToInt(this::indexOf).toArray();
        double[] m = new double[q];
        double[] c = new double[q * q];
        double[] lo = minima == null ? null : new double[q];
        double[] hi = maxima == null ? null : new double[q];
        for (int a = 0; a < q; a++) {
            m[a] = means[idx[a]];
            if (lo != null) {
                lo[a] = minima[idx[a]];
                hi[a] = maxima[idx[a]];
            }
            for (int b = 0; b < q; b++) {
                c[a * q + b] = covariance[idx[a] * p + idx[b]];
            }
        }
        return new Moments(selected, observations, m, c, lo, hi, hasMeans);
    }

    /**
     * @return the position of indicator {@code name}
     * @param name an indicator name
     */
    public int indexOf(String name) {
        Arguments.requireNonNull(name, "name");
        int j = names.indexOf(name);
        if (j < 0) {
            throw new CsiDataException("the moments have no indicator '" + name + "'");
        }
        return j;
    }
}
