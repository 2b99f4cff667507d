package dev.csimodel.cli;

import dev.csimodel.io.jdbc.JdbcUrls;

import java.util.Locale;

/** What {@code --data} names, decided in one place ({@link #of}): by a {@code jdbc:} prefix, else by the file's extension. */
enum DataKind {
    CSV("a CSV file"),
    SAV("an SPSS file (its encoding, number format and missing codes are in the file)"),
    XLSX("an Excel workbook (its cells hold numbers; empty cells are missing)"),
    PARQUET("a Parquet file (its columns are typed; nulls are missing)"),
    JDBC("a database (its columns are typed; NULL is missing)");

    private final String what;

    DataKind(String what) {
        this.what = what;
    }

    /** @return the kind of data named by the {@code --data} argument as given */
    static DataKind of(String argument) {
        if (JdbcUrls.isJdbcUrl(argument)) {
            return JDBC;
        }
        String name = argument.toLowerCase(Locale.ROOT);
        return name.endsWith(".sav") ? SAV : name.endsWith(".xlsx") ? XLSX : name.endsWith(".parquet") ? PARQUET : CSV;
    }

    /** @return the kind for messages, e.g. "an Excel workbook (...)" */
    String what() {
        return what;
    }
}
