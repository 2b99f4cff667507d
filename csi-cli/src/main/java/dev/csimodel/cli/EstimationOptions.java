package dev.csimodel.cli;

import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.result.HtmtCorrelations;
import picocli.CommandLine.Option;

/** Options of the PLS estimation itself. */
final class EstimationOptions {

    @Option(names = "--scheme", paramLabel = "path|centroid|factorial",
            description = "Inner weighting scheme (default: path).")
    InnerScheme scheme = InnerScheme.PATH;

    @Option(names = "--consistent",
            description = "Consistent PLS (PLSc): correct the constructs the model file declares common factors"
                    + " ('=~'; composites '<~' stay as they are; with 'csi model' the Mode A constructs) for"
                    + " measurement error.")
    boolean consistent;

    @Option(names = "--htmt", paramLabel = "absolute|signed",
            description = "Indicator correlations HTMT averages: absolute (seminr, SmartPLS; default) or signed"
                    + " (cSEM 0.6.1).")
    HtmtCorrelations htmt = HtmtCorrelations.ABSOLUTE;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the random numbers (bootstrap resamples, NCA permutations, PLSpredict folds; default: 1).")
    long seed = 1;
}
