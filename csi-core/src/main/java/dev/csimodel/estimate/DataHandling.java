package dev.csimodel.estimate;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingStrategy;

import java.util.Optional;

/**
 * How the estimator turns a data table into indicator moments: the treatment of missing values
 * and an optional column of sampling weights. Immutable; the defaults reject missing values and
 * weigh every row equally, which is what {@code PlsEstimator.estimate(model, data)} does.
 *
 * <p>With weights, means, standard deviations and correlations are weighted and the number of
 * observations is the sum of the weights (see {@link dev.csimodel.data.WeightedMoments}); the
 * weight column is not an indicator and must not be one of the model's indicators.
 *
 * <p>{@link WeightKind#SAMPLING} (the default) rescales the weights to sum to the number of rows,
 * so the number of observations stays the row count and scaling all weights by a constant changes
 * nothing; {@link WeightKind#FREQUENCY} keeps them as given ({@code n = Σw}, a row of weight 3
 * counts as three copies).
 *
 * @param missing      the missing-data strategy
 * @param weightColumn the name of the sampling-weight column, or {@code null} for none
 * @param weightKind   how the weights are read
 */
public record DataHandling(MissingStrategy missing, String weightColumn, WeightKind weightKind) {

    private static final DataHandling DEFAULTS =
            new DataHandling(MissingStrategy.REJECT, null, WeightKind.SAMPLING);

    /**
     * Settings with sampling weights (the default kind).
     * @param missing the missing-data strategy
     * @param weightColumn the name of the sampling-weight column, or {@code null} for none
     */
    public DataHandling(MissingStrategy missing, String weightColumn) {
        this(missing, weightColumn, WeightKind.SAMPLING);
    }

    /**
     * Requires a missing-data strategy and a weight kind, and a non-blank weight column name if one is given.
     * @param missing the missing-data strategy
     * @param weightColumn the name of the sampling-weight column, or {@code null} for none
     * @param weightKind how the weights are read
     */
    public DataHandling {
        Arguments.requireNonNull(missing, "missing");
        if (weightColumn != null && weightColumn.isBlank()) {
            throw new CsiSpecificationException("the weight column name is empty");
        }
        Arguments.requireNonNull(weightKind, "weightKind");
    }

    /** @return missing values rejected, no weights */
    public static DataHandling defaults() {
        return DEFAULTS;
    }

    /** @return the weight column, if any */
    public Optional<String> weights() {
        return Optional.ofNullable(weightColumn);
    }

    /**
     * @return these settings with missing values treated by {@code value}
     * @param value the new missing-data strategy
     */
    public DataHandling withMissing(MissingStrategy value) {
        return new DataHandling(value, weightColumn, weightKind);
    }

    /**
     * @param column the sampling-weight column, or {@code null} to drop weighting
     * @return the new settings
     */
    public DataHandling withWeightColumn(String column) {
        return new DataHandling(missing, column, weightKind);
    }

    /**
     * @return these settings with the weights read as {@code value}
     * @param value how the weights are read (frequency or sampling weights)
     */
    public DataHandling withWeightKind(WeightKind value) {
        return new DataHandling(missing, weightColumn, value);
    }
}
