package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PlsResult;

import java.util.List;

/**
 * The immutable outcome of a bootstrap run: a {@link BootstrapEstimate} per statistic, the
 * resample estimates behind it, how many resamples were attempted, used, failed and did not
 * converge, the settings and the original estimate. Thread-safe.
 */
public final class BootstrapResult {

    /**
     * Share of discarded resample attempts above which no confidence interval is given: the
     * surviving resamples are then a selected minority (those in which the model happens to be
     * estimable), and their spread says little about the estimate's sampling variability.
     */
    public static final double MAX_FAILURE_SHARE = 0.5;

    private final BootstrapSettings settings;
    private final PlsResult original;
    private final StatisticLayout layout;
    private final BootstrapEstimate[] estimates;
    private final double[][] replicates;
    private final int attempted;
    private final int failed;
    private final int nonConverged;

    BootstrapResult(BootstrapSettings settings, PlsResult original, StatisticLayout layout,
                    BootstrapEstimate[] estimates, double[][] replicates, int attempted, int failed, int nonConverged) {
        this.settings = settings;
        this.original = original;
        this.layout = layout;
        this.estimates = estimates.clone();
        this.replicates = replicates;
        this.attempted = attempted;
        this.failed = failed;
        this.nonConverged = nonConverged;
    }

    /** @return the settings of the run */
    public BootstrapSettings settings() {
        return settings;
    }

    /** @return the estimate on the original data */
    public PlsResult original() {
        return original;
    }

    /** @return resample estimations attempted, including the replacement draws of REPLACE */
    public int attempted() {
        return attempted;
    }

    /** @return resamples requested, N of the settings */
    public int requested() {
        return settings.resamples();
    }

    /**
     * @return attempts not used ({@code attempted − used}): failed ones, and non-converged ones
     *         unless KEEP. Under DROP and KEEP this is {@code requested − used}; under REPLACE
     *         the redrawn attempts.
     */
    public int discarded() {
        return attempted - used();
    }

    /** @return {@link #discarded()} / {@link #attempted()}, the share of attempts that could not be used */
    public double failureShare() {
        return (double) discarded() / attempted;
    }

    /**
     * @return true if more than {@link #MAX_FAILURE_SHARE} of the attempts were discarded; every
     *         estimate then has no intervals ({@link BootstrapEstimate#intervalsWithheld()})
     */
    public boolean intervalsWithheld() {
        return tooManyFailures(attempted, used());
    }

    static boolean tooManyFailures(int attempted, int used) {
        return attempted - used > MAX_FAILURE_SHARE * attempted;
    }

    /** @return resamples the statistics are computed from (B) */
    public int used() {
        return replicates.length == 0 ? 0 : replicates[0].length;
    }

    /** @return attempts whose estimation failed with a {@link dev.csimodel.CsiException} */
    public int failed() {
        return failed;
    }

    /** @return attempts whose outer iteration did not converge (used only under KEEP) */
    public int nonConverged() {
        return nonConverged;
    }

    /** @return every bootstrapped statistic, in the order described in the package docs */
    public List<StatisticKey> keys() {
        return layout.keys();
    }

    /**
     * @return the inference for {@code key}
     * @throws CsiSpecificationException if the run has no such statistic
     * @param key the statistic's key, e.g. {@link StatisticKey#path(String, String)}
     */
    public BootstrapEstimate estimate(StatisticKey key) {
        return estimates[position(key)];
    }

    /**
     * @return the B used resample estimates of {@code key}, after sign alignment, in resample order
     * @param key the statistic's key, e.g. {@link StatisticKey#path(String, String)}
     */
    public double[] replicates(StatisticKey key) {
        return replicates[position(key)].clone();
    }

    /**
     * @return the path coefficient {@code from -> to}
     * @param from the name of the path's source construct
     * @param to the name of the path's target construct
     */
    public BootstrapEstimate path(String from, String to) {
        return estimate(StatisticKey.path(from, to));
    }

    /**
     * @return the outer weight of {@code indicator}
     * @param indicator the indicator's column name
     */
    public BootstrapEstimate outerWeight(String indicator) {
        return estimate(StatisticKey.outerWeight(indicator));
    }

    /**
     * @return the loading of {@code indicator}
     * @param indicator the indicator's column name
     */
    public BootstrapEstimate loading(String indicator) {
        return estimate(StatisticKey.loading(indicator));
    }

    /**
     * @return the total effect of {@code from} on {@code to}
     * @param from the name of the construct whose effect is measured
     * @param to the name of the affected construct
     */
    public BootstrapEstimate totalEffect(String from, String to) {
        return estimate(StatisticKey.totalEffect(from, to));
    }

    /**
     * @return the R² of the endogenous construct {@code construct}
     * @param construct the endogenous construct's name
     */
    public BootstrapEstimate rSquared(String construct) {
        return estimate(StatisticKey.rSquared(construct));
    }

    /**
     * @return HTMT of constructs {@code a} and {@code b} (either order)
     * @param a the name of one construct
     * @param b the name of the other construct
     */
    public BootstrapEstimate htmt(String a, String b) {
        return estimate(StatisticKey.htmt(a, b));
    }

    /**
     * @return the specific indirect effect of {@code from} on {@code to} through the mediators
     *         {@code through}, e.g. {@code specificIndirect("IMAG", List.of("EXPE", "QUAL"), "SAT")}
     * @param from the name of the antecedent construct
     * @param through the mediators' names, in path order, at least one
     * @param to the name of the outcome construct
     */
    public BootstrapEstimate specificIndirect(String from, List<String> through, String to) {
        return estimate(StatisticKey.specificIndirect(from, through, to));
    }

    /**
     * @return the custom statistic {@code name}
     * @param name the name under which the custom statistic was registered
     */
    public BootstrapEstimate statistic(String name) {
        return estimate(StatisticKey.custom(name));
    }

    private int position(StatisticKey key) {
        int j = layout.indexOf(key);
        if (j < 0) {
            throw new CsiSpecificationException("the bootstrap has no " + key
                    + " (unknown name, no such path or route, a route with a missing path, an exogenous construct's R², or an undefined HTMT)");
        }
        return j;
    }
}
