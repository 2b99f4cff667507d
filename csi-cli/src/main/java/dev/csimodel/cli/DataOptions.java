package dev.csimodel.cli;

import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.WeightKind;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options saying where the data is and how to read it. */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "CSV file with a header line; one column per indicator.")
    Path data;

    @Option(names = "--missing", paramLabel = "TOKEN",
            description = "Cell text marking a missing value (e.g. NA); empty cells are then missing too. "
                    + "Without it, an empty cell is an error.")
    String missingToken;

    @Option(names = "--missing-strategy", paramLabel = "mean|listwise|pairwise",
            description = "How to handle missing values: mean replacement, listwise or pairwise deletion. "
                    + "Without it, missing values are an error.")
    MissingStrategy missingStrategy = MissingStrategy.REJECT;

    @Option(names = "--weights", paramLabel = "COLUMN",
            description = "Column of sampling weights (positive numbers): weighted means, SDs and correlations.")
    String weights;

    @Option(names = "--weights-kind", paramLabel = "sampling|frequency",
            description = "How --weights are read: sampling weights rescaled to the number of rows "
                    + "(default), or frequency weights (a row of weight k counts as k rows, n = sum of weights).")
    WeightKind weightKind = WeightKind.SAMPLING;

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "Field separator of the CSV file: one character, or 'tab' (default: ',').")
    char delimiter = ',';

    /** @return the estimator's data handling: missing-data strategy and weight column */
    DataHandling handling() {
        return DataHandling.defaults().withMissing(missingStrategy).withWeightColumn(weights).withWeightKind(weightKind);
    }
}
