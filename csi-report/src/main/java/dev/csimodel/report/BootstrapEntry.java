package dev.csimodel.report;

/**
 * How the bootstrap went.
 *
 * @param requested         resamples asked for with {@code --bootstrap}
 * @param attempted         resamples drawn (failed ones may be replaced, so this can exceed the request)
 * @param used              resamples the estimates and intervals come from
 * @param failed            resamples that could not be estimated
 * @param nonConverged      resamples whose PLS iteration did not converge
 * @param discarded         attempts not used, {@code attempted − used}
 * @param intervalsWithheld true when more than half of the attempts were discarded: no interval
 *                          is then reported
 * @param confidenceLevel   level of the confidence intervals, e.g. 0.95
 */
public record BootstrapEntry(int requested, int attempted, int used, int failed, int nonConverged, int discarded,
                             boolean intervalsWithheld, double confidenceLevel) {

    /** @return a one-line account, e.g. "87 of 100 requested resamples failed, 13 used" */
    public String summary() {
        return used + " of " + requested + " requested resamples used (" + attempted + " drawn, " + failed
                + " failed, " + nonConverged + " did not converge)";
    }
}
