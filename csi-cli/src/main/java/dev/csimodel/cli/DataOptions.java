package dev.csimodel.cli;

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

    @Option(names = "--missing-strategy", paramLabel = "mean|listwise",
            description = "How to handle missing values: ${COMPLETION-CANDIDATES}. Without it, missing values are an error.")
    MissingStrategyOption missingStrategy;

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "Field separator of the CSV file: one character, or 'tab' (default: ',').")
    char delimiter = ',';
}
