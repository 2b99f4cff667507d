package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.result.PValueAdjustment;
import picocli.CommandLine.Option;

/** Options of the bootstrap of the path coefficients and indices. */
final class BootstrapOptions {

    /**
     * The most resamples accepted: far beyond any published use (5,000-10,000), and low enough
     * that a typo ({@code --bootstrap 50000000}) is refused up front instead of running out of
     * memory or time.
     */
    static final int MAX_RESAMPLES = 1_000_000;

    /** The most bootstrap threads accepted (a typo guard; more than the cores only adds overhead). */
    static final int MAX_THREADS = 1024;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Bootstrap the path coefficients (and, with --scale, the 0-100 indices) with N resamples "
                    + "(e.g. 5000; 1 to 1000000).")
    Integer resamples;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for the bootstrap (default: available processors). Only with --bootstrap.")
    Integer threads;

    @Option(names = "--ci", paramLabel = "percentile|basic|bca",
            description = "Bootstrap confidence interval, at 95%% (default: percentile). Only with --bootstrap.")
    CiOption ci;

    @Option(names = "--p-adjust", paramLabel = "none|holm|bonferroni",
            description = "Adjust the path p-values for multiple testing over all paths (Holm or Bonferroni); "
                    + "reported beside the raw p-values (the bootstrap ones with --bootstrap). Default: none.")
    PValueAdjustment pAdjust;

    /** @return the p-value adjustment asked for, none by default */
    PValueAdjustment adjustment() {
        return pAdjust == null ? PValueAdjustment.NONE : pAdjust;
    }

    /** @return true if a bootstrap was asked for */
    boolean requested() {
        return resamples != null;
    }

    /** @return the interval asked for, percentile by default */
    CiOption interval() {
        return ci == null ? CiOption.PERCENTILE : ci;
    }

    /**
     * @throws CsiSpecificationException naming the option: a bootstrap-only option without
     *                                   {@code --bootstrap}, or a count out of range
     */
    void validate() {
        validate(false);
    }

    /**
     * As {@link #validate()}; {@code threadsUsedElsewhere}: another resampling of the command
     * (segment permutations or bootstraps) takes {@code --threads} too.
     */
    void validate(boolean threadsUsedElsewhere) {
        if (!requested()) {
            if ((threads != null && !threadsUsedElsewhere) || ci != null) {
                throw new CsiSpecificationException((threads != null && !threadsUsedElsewhere ? "--threads" : "--ci")
                        + " applies only to the bootstrap; add --bootstrap N or drop it");
            }
            if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
                throw new CsiSpecificationException("--threads " + threads + ": must be between 1 and " + MAX_THREADS);
            }
            return;
        }
        if (resamples < 1 || resamples > MAX_RESAMPLES) {
            throw new CsiSpecificationException("--bootstrap " + resamples + ": the number of resamples must be "
                    + "between 1 and " + String.format(java.util.Locale.ROOT, "%,d", MAX_RESAMPLES));
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new CsiSpecificationException("--threads " + threads + ": must be between 1 and " + MAX_THREADS);
        }
    }
}
