package dev.csimodel.ordinal;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.result.Diagnostic;
import dev.csimodel.result.DiagnosticKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The correlation matrix of a set of indicators some or all of which are ordinal, each pair by
 * the estimator its kinds call for (cSEM's {@code calculateIndicatorCor}, Schuberth, Henseler and
 * Dijkstra 2018, "Partial least squares path modeling using ordinal categorical indicators",
 * Quality &amp; Quantity 52): polychoric for two ordinal indicators ({@link CorrelationKind}),
 * polyserial for an ordinal and a continuous one, Pearson for two continuous ones. The
 * thresholds of each ordinal indicator come from its own margins ({@link OrdinalIndicator}), so
 * the pairs are independent: they are estimated in parallel, each into its own slot, and the
 * matrix is the same for any thread count.
 *
 * <p>Pairwise estimates need not form a positive definite matrix. One that is not is refused
 * ({@link NotPositiveDefiniteException}, naming the smallest eigenvalue) unless smoothing is asked
 * for, which clips the eigenvalues ({@link #smoothed()}; method in the package documentation).
 */
public final class IndicatorCorrelations {

    private final List<String> names;
    private final double[] estimated;
    private final double[] matrix;
    private final CorrelationKind[] kinds;
    private final List<OrdinalIndicator> ordinal;
    private final double smallestEigenvalue;
    private final List<Diagnostic> diagnostics;
    private final int observations;

    private IndicatorCorrelations(List<String> names, double[] estimated, double[] matrix, CorrelationKind[] kinds,
                                  List<OrdinalIndicator> ordinal, double smallestEigenvalue,
                                  List<Diagnostic> diagnostics, int observations) {
        this.names = List.copyOf(names);
        this.estimated = estimated;
        this.matrix = matrix;
        this.kinds = kinds;
        this.ordinal = List.copyOf(ordinal);
        this.smallestEigenvalue = smallestEigenvalue;
        this.diagnostics = List.copyOf(diagnostics);
        this.observations = observations;
    }

    /**
     * Estimates the correlations of {@code indicators} in {@code data}.
     *
     * @param data       the rows, without missing values in the indicators
     * @param indicators the indicators, in the order of the matrix
     * @param settings   which indicators are ordinal, the category limit, smoothing, threads
     * @return the correlations
     * @throws CsiDataException            naming the indicator if a column is missing, has a missing
     *                                     value, is constant, or has one or too many categories
     * @throws CsiSpecificationException   if an indicator declared ordinal is not in {@code indicators}
     * @throws NotPositiveDefiniteException if the matrix is not positive definite and smoothing is off
     */
    public static IndicatorCorrelations estimate(DataTable data, List<String> indicators, OrdinalSettings settings) {
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(indicators, "indicators");
        Arguments.requireNonNull(settings, "settings");
        for (String name : settings.ordinal()) {
            if (!indicators.contains(name)) {
                throw new CsiSpecificationException("indicator '" + name + "' is declared ordinal but is not an "
                        + "indicator of the model; the indicators are " + indicators);
            }
        }
        Columns columns = Columns.read(data, indicators, settings);
        int p = indicators.size();
        int[][] pairs = pairs(p);
        Columns.PairEstimate[] values = new Columns.PairEstimate[pairs.length];
        CorrelationKind[] pairKinds = new CorrelationKind[pairs.length];
        PairRunner.run(pairs.length, settings.threads(), k -> {
            pairKinds[k] = columns.kind(pairs[k][0], pairs[k][1]);
            values[k] = columns.correlation(pairs[k][0], pairs[k][1], pairKinds[k]);
        });
        return assemble(indicators, columns, pairs, values, pairKinds, settings, data.rowCount());
    }

    private static int[][] pairs(int p) {
        int[][] out = new int[p * (p - 1) / 2][];
        int k = 0;
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                out[k++] = new int[] {i, j};
            }
        }
        return out;
    }

    private static IndicatorCorrelations assemble(List<String> names, Columns columns, int[][] pairs,
                                                  Columns.PairEstimate[] values,
                                                  CorrelationKind[] pairKinds, OrdinalSettings settings, int n) {
        int p = names.size();
        double[] r = new double[p * p];
        CorrelationKind[] kinds = new CorrelationKind[p * p];
        for (int i = 0; i < p; i++) {
            r[i * p + i] = 1.0;
        }
        for (int k = 0; k < pairs.length; k++) {
            int i = pairs[k][0];
            int j = pairs[k][1];
            r[i * p + j] = values[k].value();
            r[j * p + i] = values[k].value();
            kinds[i * p + j] = pairKinds[k];
            kinds[j * p + i] = pairKinds[k];
        }
        List<Diagnostic> diagnostics = bounds(names, pairs, values, pairKinds);
        double smallest = EigenvalueClipping.smallestEigenvalue(r, p);
        double[] used = smallest > 0 ? r : smoothed(r, p, smallest, pairKinds, settings, diagnostics);
        return new IndicatorCorrelations(names, r, used, kinds, columns.ordinalIndicators(), smallest, diagnostics, n);
    }

    /** A warning for each polychoric or polyserial correlation the data leave at the bound ±0.9999. */
    private static List<Diagnostic> bounds(List<String> names, int[][] pairs, Columns.PairEstimate[] values,
                                           CorrelationKind[] kinds) {
        List<Diagnostic> out = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            if (values[k].atBound()) {
                String a = names.get(pairs[k][0]);
                String b = names.get(pairs[k][1]);
                out.add(new Diagnostic(DiagnosticKind.INDICATOR_CORRELATION_AT_BOUND, List.of(), List.of(a, b),
                        values[k].value(), "the " + lower(kinds[k]) + " correlation of '" + a + "' and '" + b
                        + "' (" + values[k].value() + ") is not identified: the data fit as well at the bound "
                        + Polychoric.MAX_CORRELATION + " (e.g. an empty corner of their table)"));
            }
        }
        return out;
    }

    /**
     * The smoothed matrix of one that is not positive definite, with a warning.
     * @throws NotPositiveDefiniteException if smoothing was not asked for
     */
    private static double[] smoothed(double[] r, int p, double smallest, CorrelationKind[] kinds,
                                     OrdinalSettings settings, List<Diagnostic> diagnostics) {
        String found = "the " + kindsText(kinds) + " indicator correlation matrix is not positive definite"
                + " (smallest eigenvalue " + smallest + ")";
        if (!settings.smoothing()) {
            throw new NotPositiveDefiniteException(found + "; ask for smoothing (OrdinalSettings.withSmoothing,"
                    + " csi --ordinal-smoothing) or declare fewer indicators ordinal", smallest);
        }
        diagnostics.add(new Diagnostic(DiagnosticKind.INDICATOR_CORRELATIONS_SMOOTHED, List.of(), List.of(),
                smallest, found + ": smoothed by eigenvalue clipping at " + EigenvalueClipping.FLOOR
                + " and rescaling to unit diagonal (Wothke 1993)"));
        return EigenvalueClipping.smooth(r, p);
    }

    private static String kindsText(CorrelationKind[] kinds) {
        Set<CorrelationKind> used = EnumSet.noneOf(CorrelationKind.class);
        used.addAll(List.of(kinds));
        used.remove(CorrelationKind.PEARSON);
        return String.join("/", used.stream().map(IndicatorCorrelations::lower).toList());
    }

    private static String lower(CorrelationKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the indicators, in the order of the matrix */
    public List<String> names() {
        return names;
    }

    /** @return the number of rows the correlations come from */
    public int observations() {
        return observations;
    }

    /**
     * @return the correlation of {@code a} and {@code b} used for estimation (smoothed if
     *         {@link #smoothed()}); 1 for {@code a = b}
     * @param a an indicator
     * @param b an indicator
     * @throws CsiDataException if either is not among {@link #names()}
     */
    public double correlation(String a, String b) {
        Arguments.requireNonNull(a, "a");
        Arguments.requireNonNull(b, "b");
        return matrix[index(a) * names.size() + index(b)];
    }

    /**
     * @return the correlation of {@code a} and {@code b} as estimated, before any smoothing
     * @param a an indicator
     * @param b an indicator
     */
    public double estimatedCorrelation(String a, String b) {
        Arguments.requireNonNull(a, "a");
        Arguments.requireNonNull(b, "b");
        return estimated[index(a) * names.size() + index(b)];
    }

    /**
     * @return how the correlation of two different indicators was estimated
     * @param a an indicator
     * @param b another indicator
     * @throws CsiSpecificationException if {@code a} equals {@code b}
     */
    public CorrelationKind kind(String a, String b) {
        Arguments.requireNonNull(a, "a");
        Arguments.requireNonNull(b, "b");
        int i = index(a);
        int j = index(b);
        if (i == j) {
            throw new CsiSpecificationException("an indicator's correlation with itself is 1 by definition: '" + a + "'");
        }
        return kinds[i * names.size() + j];
    }

    /** @return the kinds of correlation that occur among the pairs, in {@link CorrelationKind} order */
    public Set<CorrelationKind> kinds() {
        Set<CorrelationKind> used = EnumSet.noneOf(CorrelationKind.class);
        for (CorrelationKind k : kinds) {
            if (k != null) {
                used.add(k);
            }
        }
        return used;
    }

    /**
     * @return the categories and thresholds of {@code name}, empty if it is continuous
     * @param name an indicator
     */
    public Optional<OrdinalIndicator> ordinal(String name) {
        Arguments.requireNonNull(name, "name");
        index(name);
        return ordinal.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** @return the ordinal indicators, in the order of {@link #names()} */
    public List<OrdinalIndicator> ordinalIndicators() {
        return ordinal;
    }

    /** @return the smallest eigenvalue of the matrix as estimated (before any smoothing) */
    public double smallestEigenvalue() {
        return smallestEigenvalue;
    }

    /** @return true if the estimated matrix was not positive definite and was smoothed */
    public boolean smoothed() {
        return estimated != matrix;
    }

    /** @return the correlation bounds reached and the smoothing done, if any */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return the correlations as moments of standardised variables without means ({@link Moments#ofCorrelation}) */
    public Moments moments() {
        return Moments.ofCorrelation(names, observations, matrix);
    }

    private int index(String name) {
        Arguments.requireNonNull(name, "name");
        int i = names.indexOf(name);
        if (i < 0) {
            throw new CsiDataException("the correlations have no indicator '" + name + "'; they have " + names);
        }
        return i;
    }
}
