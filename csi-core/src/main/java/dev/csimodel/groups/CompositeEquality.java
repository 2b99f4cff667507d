package dev.csimodel.groups;

/**
 * MICOM step 3, equality of a composite's mean and variance across two groups (Henseler,
 * Ringle and Sarstedt 2016).
 *
 * <p>The composite scores come from the model estimated on the pooled data (standardised:
 * pooled mean 0, variance 1). {@code meanDifference = ȳ_A − ȳ_B} and
 * {@code logVarianceRatio = ln(var_A / var_B)} (population variances within the groups). Each
 * statistic is compared with the central 1−α interval of its permutation distribution (the
 * pooled scores are reassigned to permuted groups; no re-estimation is needed since the pooled
 * model does not depend on the labels); equality holds when the observed value lies inside.
 * Two-sided p-values: {@code (1 + #{|t*| ≥ |t|}) / (1 + N)}.
 *
 * @param construct        the composite
 * @param meanDifference   ȳ_A − ȳ_B
 * @param meanLower        lower end of the permutation interval of the mean difference
 * @param meanUpper        upper end
 * @param meanPValue       p-value of the mean difference
 * @param logVarianceRatio ln(var_A / var_B)
 * @param varianceLower    lower end of the permutation interval of the log variance ratio
 * @param varianceUpper    upper end
 * @param variancePValue   p-value of the log variance ratio
 */
public record CompositeEquality(String construct, double meanDifference, double meanLower, double meanUpper,
                                double meanPValue, double logVarianceRatio, double varianceLower,
                                double varianceUpper, double variancePValue) {

    /** @return true if the mean difference lies inside its permutation interval (step 3a) */
    public boolean equalMeans() {
        return meanDifference >= meanLower && meanDifference <= meanUpper;
    }

    /** @return true if the log variance ratio lies inside its permutation interval (step 3b) */
    public boolean equalVariances() {
        return logVarianceRatio >= varianceLower && logVarianceRatio <= varianceUpper;
    }
}
