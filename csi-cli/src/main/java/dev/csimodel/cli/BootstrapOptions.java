package dev.csimodel.cli;

import picocli.CommandLine.Option;

/** Options of the bootstrap of the path coefficients and indices. */
final class BootstrapOptions {

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Bootstrap the path coefficients (and, with --scale, the 0-100 indices) with N resamples (e.g. 5000).")
    Integer resamples;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for the bootstrap (default: available processors).")
    Integer threads;

    @Option(names = "--ci", paramLabel = "percentile|basic|bca",
            description = "Bootstrap confidence interval, at 95% (default: percentile).")
    CiOption ci = CiOption.PERCENTILE;

    /** @return true if a bootstrap was asked for */
    boolean requested() {
        return resamples != null;
    }
}
