package dev.csimodel.cli.report;

/**
 * How the bootstrap went.
 *
 * @param attempted     resamples drawn (failed ones may be replaced, so this can exceed the request)
 * @param used          resamples the estimates and intervals come from
 * @param failed        resamples that could not be estimated
 * @param nonConverged  resamples whose PLS iteration did not converge
 * @param confidenceLevel level of the confidence intervals, e.g. 0.95
 */
public record BootstrapEntry(int attempted, int used, int failed, int nonConverged, double confidenceLevel) {
}
