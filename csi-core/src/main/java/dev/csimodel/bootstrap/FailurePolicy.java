package dev.csimodel.bootstrap;

/**
 * What to do with a resample whose estimation fails (any {@link dev.csimodel.CsiException}, e.g.
 * a column that is constant in the resample) or whose outer iteration does not converge. Whatever
 * the policy, the result counts attempted, used, failed and non-converged resamples, and when more
 * than half of the attempts are discarded it gives no intervals
 * ({@link BootstrapResult#intervalsWithheld()}).
 */
public enum FailurePolicy {
    /** Failed and non-converged resamples are left out; fewer than N resamples are used. */
    DROP,
    /**
     * Failed and non-converged resamples are replaced by a new draw from a random stream derived
     * from the seed, the resample's index and the attempt number, so exactly N are used and the
     * result still does not depend on the number of threads.
     */
    REPLACE,
    /** Non-converged resamples are used; failed ones cannot be and are left out as with DROP. */
    KEEP
}
