package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.io.CsvSource;
import dev.csimodel.io.excel.XlsxFile;
import dev.csimodel.io.jdbc.JdbcCredentials;
import dev.csimodel.io.jdbc.JdbcSource;
import dev.csimodel.io.parquet.ParquetFile;
import dev.csimodel.io.spss.SavFile;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The one place where {@code --data} becomes a {@link DataSource}: a {@code jdbc:} URL with
 * {@code --table} or {@code --query}, else the file by its extension (.sav, .xlsx, .parquet,
 * anything else CSV). The options that apply to one kind only are checked here too, so that an
 * option that would be ignored is an error naming it.
 */
final class DataSources {

    private DataSources() {
    }

    /**
     * @param options     the data options
     * @param environment where {@code CSI_JDBC_USER} and {@code CSI_JDBC_PASSWORD} are looked up
     * @return the source {@code options} name
     * @throws CsiSpecificationException naming an option that does not apply to the kind of data
     */
    static DataSource open(DataOptions options, Map<String, String> environment) {
        DataKind kind = options.kind();
        requireApplicable(options, kind);
        return switch (kind) {
            case CSV -> new CsvSource(options.data, SurveyData.reader(options));
            case SAV -> SavFile.read(options.data);
            case XLSX -> XlsxFile.read(options.data, Optional.ofNullable(options.sheet));
            case PARQUET -> ParquetFile.of(options.data);
            case JDBC -> jdbc(options, environment);
        };
    }

    private static DataSource jdbc(DataOptions options, Map<String, String> environment) {
        Properties credentials = JdbcCredentials.fromEnvironment(environment);
        if (options.jdbcProperties != null) {
            credentials = JdbcCredentials.merged(JdbcCredentials.fromFile(options.jdbcProperties), credentials);
        }
        return options.table != null ? JdbcSource.table(options.argument(), options.table, credentials)
                : JdbcSource.query(options.argument(), options.query, credentials);
    }

    /**
     * Options of one kind of data are errors with another: a CSV reader's options with a typed
     * source, {@code --sheet} without a workbook, the database options without a database.
     */
    static void requireApplicable(DataOptions options, DataKind kind) {
        if (options.sheet != null && kind != DataKind.XLSX) {
            throw new CsiSpecificationException("--sheet " + options.sheet + " chooses a sheet of an .xlsx workbook; "
                    + options.sourceArgument() + " is not one: drop --sheet");
        }
        if (kind == DataKind.JDBC) {
            if ((options.table == null) == (options.query == null)) {
                throw new CsiSpecificationException("--data " + options.sourceArgument() + " is a database: give either "
                        + "--table NAME or --query 'select ...'" + (options.table != null ? ", not both" : ""));
            }
        } else {
            String given = options.table != null ? "--table" : options.query != null ? "--query"
                    : options.jdbcProperties != null ? "--jdbc-properties" : null;
            if (given != null) {
                throw new CsiSpecificationException(given + " applies to a database (--data jdbc:...); "
                        + options.sourceArgument() + " is " + kind.what() + ": drop " + given);
            }
        }
        if (kind != DataKind.CSV) {
            String given = options.delimiter != null ? "--delimiter" : options.encoding != null ? "--encoding"
                    : options.decimalComma ? "--decimal-comma" : options.readThreads != null ? "--read-threads" : null;
            if (given != null) {
                throw new CsiSpecificationException(given + " applies to CSV files; " + options.sourceArgument()
                        + " is " + kind.what() + ": drop " + given);
            }
        }
    }
}
