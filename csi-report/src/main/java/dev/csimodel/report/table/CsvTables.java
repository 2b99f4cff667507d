package dev.csimodel.report.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One table as an RFC 4180 CSV file (commons-csv: CRLF line ends, fields with a comma, quote
 * or line break quoted): a header row of the column names, then one row per table row.
 * Numbers are written at full double precision (Java's shortest round-trip decimal), p-values
 * as numbers, an absent value as an empty field. Caption and note are not part of the file: its
 * name is the table's id.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /**
     * Writes {@code t} to {@code out}.
     *
     * @param out where to write its header and rows
     * @param t the table
     */
    public static void write(Table t, Appendable out) {
        try {
            // not closed: the caller owns the stream
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(t.columns());
            for (List<Cell> row : t.rows()) {
                List<String> fields = new ArrayList<>(row.size());
                row.forEach(c -> fields.add(field(c)));
                csv.printRecord(fields);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the cell's value at full precision; empty when absent */
    static String field(Cell c) {
        if (c instanceof Cell.Text t) {
            return t.value();
        }
        if (c instanceof Cell.Count k) {
            return Long.toString(k.value());
        }
        return Cell.valueOf(c).map(v -> Double.toString(v)).orElse("");
    }
}
