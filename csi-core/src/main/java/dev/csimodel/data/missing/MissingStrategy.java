package dev.csimodel.data.missing;

/**
 * What to do with missing values ({@code NaN}) in the indicators of a model.
 *
 * <p>All strategies assume values are missing completely at random; none of them models the
 * missingness (see Little and Rubin 2019, "Statistical Analysis with Missing Data", ch. 3).
 */
public enum MissingStrategy {

    /** A missing value is an error: {@link dev.csimodel.CsiDataException} naming column and row. */
    REJECT,

    /**
     * Mean replacement, as R seminr's {@code mean_replacement}: each missing value is replaced by
     * the mean of its indicator's observed values, before standardisation (Hair et al. 2022,
     * "A Primer on PLS-SEM", 3rd ed., ch. 2). Scores exist for every row, computed from the
     * imputed values.
     */
    MEAN,

    /**
     * Listwise (casewise) deletion: only rows in which every indicator of the model is observed
     * are used, for the moments and for the construct scores.
     */
    LISTWISE,

    /**
     * Pairwise deletion: each correlation from the rows in which both indicators are observed,
     * each mean and standard deviation from all observed values of its indicator. The correlation
     * matrix must be positive definite. Construct scores are computed for complete rows only.
     */
    PAIRWISE
}
