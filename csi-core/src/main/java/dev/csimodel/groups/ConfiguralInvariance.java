package dev.csimodel.groups;

/**
 * MICOM step 1, configural invariance (Henseler, Ringle and Sarstedt 2016, "Testing
 * measurement invariance of composites using partial least squares", International Marketing
 * Review 33): the composites must be specified identically in every group (same indicators,
 * same model, same data treatment and algorithm settings) and each group's estimation must be
 * admissible.
 *
 * <p>The specification and settings are shared by construction here (one model, one estimator
 * for all groups), which this record states; admissibility is judged by the convergence of the
 * outer iteration in each group. Identical indicator coding cannot be checked from the numbers
 * and stays the analyst's responsibility.
 *
 * @param sameSpecification  true: every group is estimated with the same model and settings
 * @param allGroupsConverged true if the estimation converged in every group
 */
public record ConfiguralInvariance(boolean sameSpecification, boolean allGroupsConverged) {

    /** @return true if configural invariance is established */
    public boolean established() {
        return sameSpecification && allGroupsConverged;
    }
}
