package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of a bootstrap run. Immutable; change one setting with a wither:
 * {@code BootstrapSettings.defaults().withResamples(2000).withSeed(42)}.
 *
 * @param resamples       number of resamples N, at least 2 (the standard error divides by N − 1)
 * @param seed            seed of the random streams; resample b draws from a stream derived from
 *                        the seed and b alone, so a seed gives the same result whatever the number
 *                        of threads
 * @param threads         worker threads, at least 1 (default: available processors); resamples
 *                        are estimated in parallel, the matrix algebra of one estimate is not
 * @param confidenceLevel level 1 − α of the confidence intervals, strictly between 0 and 1
 *                        (default 0.95)
 * @param signChange      sign alignment of the resample estimates (default NONE)
 * @param failurePolicy   treatment of failed and non-converged resamples (default DROP)
 * @param intervals       interval constructions to compute (default all: percentile, basic, BCa)
 */
public record BootstrapSettings(int resamples, long seed, int threads, double confidenceLevel,
                                SignChange signChange, FailurePolicy failurePolicy,
                                Set<IntervalMethod> intervals) {

    /** Default number of resamples, the common recommendation for published PLS results. */
    public static final int DEFAULT_RESAMPLES = 5000;

    /** Default seed. */
    public static final long DEFAULT_SEED = 20050101L;

    /**
     * @throws CsiSpecificationException naming the setting that is out of range or missing
     * @param resamples number of resamples N, at least 2 (the standard error divides by N − 1)
     * @param seed seed of the random streams; resample b draws from a stream derived from
     * the seed and b alone, so a seed gives the same result whatever the number
     * of threads
     * @param threads worker threads, at least 1 (default: available processors); resamples
     * are estimated in parallel, the matrix algebra of one estimate is not
     * @param confidenceLevel level 1 − α of the confidence intervals, strictly between 0 and 1
     * (default 0.95)
     * @param signChange sign alignment of the resample estimates (default NONE)
     * @param failurePolicy treatment of failed and non-converged resamples (default DROP)
     * @param intervals interval constructions to compute (default all: percentile, basic, BCa)
     */
    public BootstrapSettings {
        Arguments.requireNonNull(signChange, "signChange");
        Arguments.requireNonNull(failurePolicy, "failurePolicy");
        Arguments.requireNonNull(intervals, "intervals");
        if (resamples < 2) {
            throw new CsiSpecificationException("resamples must be at least 2 (the standard error divides by N - 1), got "
                    + resamples);
        }
        if (threads < 1) {
            throw new CsiSpecificationException("threads must be at least 1, got " + threads);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new CsiSpecificationException("confidenceLevel must lie strictly between 0 and 1, got "
                    + confidenceLevel);
        }
        if (intervals.stream().anyMatch(Objects::isNull)) {
            throw new CsiSpecificationException("intervals must not contain null");
        }
        intervals = intervals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(intervals));
    }

    /**
     * @return the defaults: 5000 resamples, seed 20050101, one thread per available processor,
     *         95% intervals of all kinds, no sign changes, failed resamples dropped
     */
    public static BootstrapSettings defaults() {
        return new BootstrapSettings(DEFAULT_RESAMPLES, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(),
                0.95, SignChange.NONE, FailurePolicy.DROP, EnumSet.allOf(IntervalMethod.class));
    }

    /**
     * @return true if {@code method} intervals are computed
     * @param method an interval construction
     */
    public boolean computes(IntervalMethod method) {
        Arguments.requireNonNull(method, "method");
        return intervals.contains(method);
    }

    /**
     * @return these settings with {@code resamples} = value
     * @param value the number of resamples, at least 2
     */
    public BootstrapSettings withResamples(int value) {
        return new BootstrapSettings(value, seed, threads, confidenceLevel, signChange, failurePolicy, intervals);
    }

    /**
     * @return these settings with {@code seed} = value
     * @param value the seed of the random streams
     */
    public BootstrapSettings withSeed(long value) {
        return new BootstrapSettings(resamples, value, threads, confidenceLevel, signChange, failurePolicy, intervals);
    }

    /**
     * @return these settings with {@code threads} = value
     * @param value the number of worker threads, at least 1
     */
    public BootstrapSettings withThreads(int value) {
        return new BootstrapSettings(resamples, seed, value, confidenceLevel, signChange, failurePolicy, intervals);
    }

    /**
     * @return these settings with {@code confidenceLevel} = value
     * @param value the confidence level 1 − α, strictly between 0 and 1
     */
    public BootstrapSettings withConfidenceLevel(double value) {
        return new BootstrapSettings(resamples, seed, threads, value, signChange, failurePolicy, intervals);
    }

    /**
     * @return these settings with {@code signChange} = value
     * @param value the sign alignment of the resample estimates
     */
    public BootstrapSettings withSignChange(SignChange value) {
        return new BootstrapSettings(resamples, seed, threads, confidenceLevel, value, failurePolicy, intervals);
    }

    /**
     * @return these settings with {@code failurePolicy} = value
     * @param value the treatment of failed and non-converged resamples
     */
    public BootstrapSettings withFailurePolicy(FailurePolicy value) {
        return new BootstrapSettings(resamples, seed, threads, confidenceLevel, signChange, value, intervals);
    }

    /**
     * @return settings computing the given intervals (none: only standard errors and tests)
     * @param value the interval constructions to compute, at least one
     */
    public BootstrapSettings withIntervals(IntervalMethod... value) {
        Arguments.requireNonNull(value, "intervals");
        return new BootstrapSettings(resamples, seed, threads, confidenceLevel, signChange, failurePolicy,
                value.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(value)));
    }
}
