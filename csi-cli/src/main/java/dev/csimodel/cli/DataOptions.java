package dev.csimodel.cli;

import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.WeightKind;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options saying where the data is and how to read it. */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "CSV file with a header line; one column per indicator; '-' for standard input. "
                    + "A .sav file (SPSS) is read with its declared missing values, and its value labels give "
                    + "the scale when --scale is absent. An .xlsx file (Excel) is read from one sheet (--sheet), "
                    + "empty cells as missing.")
    Path data;

    @Option(names = "--missing", paramLabel = "CODE[,CODE...]", split = ",",
            description = "Codes marking a missing value, e.g. -99,-98,NA: numbers are compared as numbers "
                    + "(-99 matches -99.0), others as text; empty cells are then missing too. "
                    + "Without it, an empty cell is an error.")
    List<String> missingCodes;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Character set of the CSV file (default: UTF-8), e.g. windows-1252, ISO-8859-1, UTF-16LE; "
                    + "a byte-order mark overrides it.")
    String encoding;

    @Option(names = "--decimal-comma",
            description = "Numbers are written with a decimal comma (3,5); the delimiter then cannot be ','.")
    boolean decimalComma;

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
            description = "Field separator of the CSV file: one character, or 'tab' (default: an Excel 'sep=' "
                    + "first line, else the most frequent of , ; tab | in the header line).")
    Character delimiter;

    @Option(names = "--read-threads", paramLabel = "T",
            description = "Threads reading the CSV file (default: the number of processors, at most 8); "
                    + "the result is identical for every count. Standard input is read on one thread.")
    Integer readThreads;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "Sheet of an .xlsx workbook to read (default: the first sheet).")
    String sheet;

    /** @return the data file, or standard input for {@code -} */
    boolean standardInput() {
        return data.toString().equals("-");
    }

    /** @return the {@code --missing} codes joined as given, for the report; null without the option */
    String missingToken() {
        return missingCodes == null ? null : String.join(",", missingCodes);
    }

    /** @return the estimator's data handling: missing-data strategy and weight column */
    DataHandling handling() {
        return DataHandling.defaults().withMissing(missingStrategy).withWeightColumn(weights).withWeightKind(weightKind);
    }

    /** The .sav file of {@code --data}, read once per command (the scale and the data both need it). */
    private dev.csimodel.io.spss.SavFile savFile;

    /** @return the SPSS file named by {@code --data}, read on first use */
    dev.csimodel.io.spss.SavFile savFile() {
        if (savFile == null) {
            savFile = dev.csimodel.io.spss.SavFile.read(data);
        }
        return savFile;
    }
}
