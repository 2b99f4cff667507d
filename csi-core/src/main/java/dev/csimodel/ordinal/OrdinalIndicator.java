package dev.csimodel.ordinal;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.Arrays;
import java.util.List;

/**
 * An ordinal indicator: its observed categories in increasing order, how often each occurs, and
 * the thresholds of the standard normal latent response assumed to underlie it.
 *
 * <p>With c observed categories and cumulative shares {@code p_j = (n₁ + … + n_j)/n}, the
 * thresholds are {@code τ_j = Φ⁻¹(p_j)}, j = 1 … c − 1 (the last, +∞, omitted): the first step of
 * the two-step estimators of Olsson (1979) and Olsson, Drasgow and Dorans (1982), as R polycor's
 * {@code qnorm(cumsum(table(x)) / n)[-c]}. Categories are the values that occur, so a scale point
 * nobody chose is no category (R's {@code as.ordered} of the observed values).
 *
 * @param name       the indicator
 * @param categories the observed values, increasing
 * @param counts     how many rows have each category
 * @param thresholds {@code τ₁ < … < τ_{c−1}}
 */
public record OrdinalIndicator(String name, List<Double> categories, List<Integer> counts, List<Double> thresholds) {

    /** The standard normal; its inverse CDF is accurate to about 1e-15 in the range used here. */
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    /**
     * Copies the lists.
     * @param name the indicator
     * @param categories the observed values, increasing
     * @param counts how many rows have each category
     * @param thresholds the c − 1 thresholds
     */
    public OrdinalIndicator {
        Arguments.requireNonNull(name, "name");
        Arguments.requireNonNull(categories, "categories");
        Arguments.requireNonNull(counts, "counts");
        Arguments.requireNonNull(thresholds, "thresholds");
        if (counts.size() != categories.size() || thresholds.size() != categories.size() - 1) {
            throw new CsiDataException("ordinal indicator '" + name + "' needs one count per category and one "
                    + "threshold fewer than categories, got " + categories.size() + ", " + counts.size() + " and "
                    + thresholds.size());
        }
        categories = List.copyOf(categories);
        counts = List.copyOf(counts);
        thresholds = List.copyOf(thresholds);
    }

    /**
     * Finds the categories of a column and their thresholds.
     *
     * @param name          the indicator, for messages
     * @param column        its values, one per row
     * @param maxCategories the most categories accepted
     * @return the indicator's categories, counts and thresholds
     * @throws CsiDataException naming the indicator if a value is missing or not finite, if it has
     *                          a single category, or more than {@code maxCategories}
     */
    public static OrdinalIndicator of(String name, double[] column, int maxCategories) {
        Arguments.requireNonNull(name, "name");
        Arguments.requireNonNull(column, "column");
        double[] sorted = column.clone();
        for (int r = 0; r < sorted.length; r++) {
            if (!Double.isFinite(sorted[r])) {
                throw new CsiDataException("ordinal indicator '" + name + "' has a missing or non-finite value in row "
                        + (r + 1) + "; polychoric correlations need complete data");
            }
        }
        Arrays.sort(sorted);
        double[] values = distinct(sorted);
        if (values.length < 2) {
            throw new CsiDataException("ordinal indicator '" + name + "' has a single category (" + values[0]
                    + "): it carries no information for correlations");
        }
        if (values.length > maxCategories) {
            throw new CsiDataException("ordinal indicator '" + name + "' has " + values.length
                    + " categories, more than the " + maxCategories + " allowed for an ordinal indicator; declare it"
                    + " continuous or raise the limit (OrdinalSettings.withMaxCategories)");
        }
        int[] counts = new int[values.length];
        for (double v : column) {
            counts[Arrays.binarySearch(values, v == 0 ? 0.0 : v)]++; // -0.0 counts as 0
        }
        return new OrdinalIndicator(name, Arrays.stream(values).boxed().toList(),
                Arrays.stream(counts).boxed().toList(), thresholds(counts, column.length));
    }

    private static double[] distinct(double[] sorted) {
        if (sorted.length == 0) {
            throw new CsiDataException("an ordinal indicator needs at least one row");
        }
        return Arrays.stream(sorted).map(v -> v == 0 ? 0.0 : v).distinct().toArray();
    }

    private static List<Double> thresholds(int[] counts, int n) {
        Double[] tau = new Double[counts.length - 1];
        long cumulative = 0;
        for (int j = 0; j < tau.length; j++) {
            cumulative += counts[j];
            tau[j] = STANDARD.inverseCumulativeProbability((double) cumulative / n);
        }
        return List.of(tau);
    }

    /** @return the number of observed categories */
    public int categoryCount() {
        return categories.size();
    }

    /**
     * @return the category index (0 … c − 1) of each value of {@code column}
     * @param column the indicator's values, the column it was built from
     */
    int[] codes(double[] column) {
        double[] values = categories.stream().mapToDouble(Double::doubleValue).toArray();
        int[] out = new int[column.length];
        for (int r = 0; r < column.length; r++) {
            out[r] = Arrays.binarySearch(values, column[r] == 0 ? 0.0 : column[r]);
        }
        return out;
    }

    /** @return the thresholds with −∞ and +∞ added at the ends: c + 1 cut points */
    double[] cutPoints() {
        double[] cuts = new double[thresholds.size() + 2];
        cuts[0] = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < thresholds.size(); j++) {
            cuts[j + 1] = thresholds.get(j);
        }
        cuts[cuts.length - 1] = Double.POSITIVE_INFINITY;
        return cuts;
    }
}
