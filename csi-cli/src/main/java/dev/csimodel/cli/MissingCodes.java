package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --missing} codes for a typed source (.sav, .xlsx, .parquet, database), whose cells are
 * numbers already: the codes must be numbers too, and cells equal to one become NaN. For a
 * .sav file they add to the codes the file declares.
 */
final class MissingCodes {

    private final Set<Double> codes;

    private MissingCodes(Set<Double> codes) {
        this.codes = codes;
    }

    /**
     * @throws CsiSpecificationException naming a code that is not a number
     */
    static MissingCodes of(DataOptions options) {
        Set<Double> codes = new LinkedHashSet<>();
        for (String code : options.missingCodes == null ? List.<String>of() : options.missingCodes) {
            try {
                codes.add(Double.parseDouble(code.trim()));
            } catch (NumberFormatException e) {
                throw new CsiSpecificationException("--missing " + code + ": " + options.sourceArgument() + " is "
                        + options.kind().what() + " and holds numbers; give numeric codes");
            }
        }
        return new MissingCodes(codes);
    }

    /** Replaces the codes in {@code row} by NaN, in place. */
    void apply(double[] row) {
        if (codes.isEmpty()) {
            return;
        }
        for (int j = 0; j < row.length; j++) {
            row[j] = codes.contains(row[j]) ? Double.NaN : row[j];
        }
    }

    /** @return {@code table} with the codes as NaN */
    DataTable apply(DataTable table) {
        if (codes.isEmpty()) {
            return table;
        }
        double[][] columns = new double[table.columnCount()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = table.column(table.columnNames().get(j));
            apply(columns[j]);
        }
        return DataTable.adopt(table.columnNames(), columns);
    }
}
