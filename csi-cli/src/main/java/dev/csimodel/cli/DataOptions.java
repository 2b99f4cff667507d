package dev.csimodel.cli;

import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.io.jdbc.JdbcUrls;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.WeightKind;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options saying where the data is and how to read it. */
final class DataOptions {

    /** The data file; null for a database ({@code --data jdbc:...}), whose URL is {@link #argument()}. */
    Path data;

    /** {@code --data} exactly as given: a JDBC URL's "//" must survive, which a Path would collapse. */
    private String argument;

    @Option(names = "--data", required = true, paramLabel = "FILE|jdbc:URL",
            description = "CSV file with a header line; one column per indicator; '-' for standard input. "
                    + "A .sav file (SPSS) is read with its declared missing values, and its value labels give "
                    + "the scale when --scale is absent. An .xlsx file (Excel) is read from one sheet (--sheet), "
                    + "empty cells as missing. A .parquet file is read for the model's columns only, nulls as "
                    + "missing. A jdbc: URL reads a database table (--table) or query (--query); credentials "
                    + "from CSI_JDBC_USER and CSI_JDBC_PASSWORD or --jdbc-properties.")
    void data(String value) {
        argument = value;
        kind = DataKind.of(value);
        data = kind == DataKind.JDBC ? null : Path.of(value);
        source = null;
    }

    @Option(names = "--table", paramLabel = "NAME",
            description = "With --data jdbc:...: the table to read (optionally schema.table).")
    String table;

    @Option(names = "--query", paramLabel = "SQL",
            description = "With --data jdbc:...: a SELECT whose rows are read (as a derived table; no trailing ';' needed).")
    String query;

    @Option(names = "--jdbc-properties", paramLabel = "FILE",
            description = "With --data jdbc:...: a properties file of connection properties (user, password, ssl...); "
                    + "it wins over CSI_JDBC_USER and CSI_JDBC_PASSWORD.")
    Path jdbcProperties;

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

    private DataKind kind;

    /** @return true for {@code --data -}, the CSV rows on standard input */
    boolean standardInput() {
        return kind == DataKind.CSV && argument.equals("-");
    }

    /** @return what {@code --data} names: CSV, .sav, .xlsx, .parquet file or database */
    DataKind kind() {
        return kind;
    }

    /** @return {@code --data} as given (a JDBC URL may hold a password: never print it, see {@link #sourceArgument()}) */
    String argument() {
        return argument;
    }

    /** @return {@code --data} for a message: the file, or the database URL without its password */
    String sourceArgument() {
        return kind == DataKind.JDBC ? JdbcUrls.redact(argument) : data.toString();
    }

    /**
     * @param others the command's other input files (model, hierarchy)
     * @return the data file (none for a database) and {@code others}: the files an output may not overwrite
     */
    List<Path> inputsWith(Path... others) {
        List<Path> out = new java.util.ArrayList<>();
        if (data != null) {
            out.add(data);
        }
        out.addAll(List.of(others));
        return out;
    }

    /** @return the data for reports: the file as given, or the URL without its password and the table or "query" */
    String sourceName() {
        if (kind != DataKind.JDBC) {
            return data.toString();
        }
        return JdbcUrls.redact(argument) + (table != null ? " (table " + table + ")" : " (query)");
    }

    /** @return the {@code --missing} codes joined as given, for the report; null without the option */
    String missingToken() {
        return missingCodes == null ? null : String.join(",", missingCodes);
    }

    /** @return the estimator's data handling: missing-data strategy and weight column */
    DataHandling handling() {
        return DataHandling.defaults().withMissing(missingStrategy).withWeightColumn(weights).withWeightKind(weightKind);
    }

    /** The source of {@code --data}, opened once per command (a .sav file's scale and data both need it). */
    private DataSource source;

    /** @return the source named by {@code --data} (see {@link DataSources#open}), opened on first use */
    DataSource source() {
        if (source == null) {
            source = DataSources.open(this, System.getenv());
        }
        return source;
    }

}
