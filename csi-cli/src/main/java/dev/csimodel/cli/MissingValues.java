package dev.csimodel.cli;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.data.missing.SuspectMissingCode;
import dev.csimodel.report.DiagnosticEntry;
import dev.csimodel.spec.Construct;
import dev.csimodel.spec.PathModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line checks of missing values before estimation: the estimator's own message names
 * its Java API, the command line names its option.
 */
final class MissingValues {

    private MissingValues() {
    }

    /**
     * @param source names the data in messages
     * @throws CsiDataException naming the first column and row with a missing value, and the
     *                          option that allows them, when the strategy rejects missing values
     */
    static void requireAllowed(DataTable table, MissingStrategy strategy, String source) {
        if (strategy != MissingStrategy.REJECT) {
            return;
        }
        int count = 0;
        String first = null;
        for (int j = 0; j < table.columnCount(); j++) {
            for (int i = 0; i < table.rowCount(); i++) {
                if (Double.isNaN(table.value(i, j))) {
                    if (count++ == 0) {
                        first = "column '" + table.columnNames().get(j) + "', data row " + (i + 1);
                    }
                }
            }
        }
        if (count > 0) {
            throw new CsiDataException(source + ": " + count + " missing value(s), the first in " + first
                    + "; choose --missing-strategy mean, listwise or pairwise");
        }
    }

    /**
     * @return a {@code SUSPECT_MISSING_CODE} warning for each value of an indicator of
     *         {@code model} that looks like an unrecoded missing-value code (the rule of
     *         {@link dev.csimodel.data.missing.MissingValues#suspectCodes}), naming column, value
     *         and count and the option that recodes it; for runs without {@code --missing}
     */
    static List<DiagnosticEntry> suspectCodeWarnings(DataTable table, PathModel model) {
        List<DiagnosticEntry> out = new ArrayList<>();
        for (SuspectMissingCode s : dev.csimodel.data.missing.MissingValues.suspectCodes(table, model.indicators())) {
            String value = BigDecimal.valueOf(s.value()).stripTrailingZeros().toPlainString();
            List<String> constructs = model.constructs().stream().filter(c -> c.indicators().contains(s.column()))
                    .map(Construct::name).toList();
            out.add(DiagnosticEntry.warning("SUSPECT_MISSING_CODE", constructs, List.of(s.column()),
                    "column '" + s.column() + "' holds " + value + " " + s.count() + " times, far outside its other "
                            + "values: a missing-value code used as data? If so, give --missing " + value));
        }
        return out;
    }

    /** @return the rows of {@code table} without a missing value in any of its columns */
    static DataTable completeRows(DataTable table) {
        return table.filterRows(i -> {
            for (int j = 0; j < table.columnCount(); j++) {
                if (Double.isNaN(table.value(i, j))) {
                    return false;
                }
            }
            return true;
        });
    }
}
