package dev.csimodel.cli;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.io.excel.XlsxFile;
import dev.csimodel.spec.PathModel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --data FILE.xlsx}: one sheet of an Excel workbook ({@code --sheet}, default the first)
 * read in memory through csi-io-excel. Empty cells are missing; a text cell in a used column is
 * an error naming the cell.
 */
final class XlsxData {

    private XlsxData() {
    }

    /** @return true if {@code --data} names an .xlsx file (by extension) */
    static boolean isXlsx(DataOptions options) {
        return !options.standardInput()
                && options.data.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** {@code --sheet} picks a sheet of a workbook; for any other data it would be ignored, so it is an error. */
    static void requireSheetOnlyForXlsx(DataOptions options) {
        if (options.sheet != null && !isXlsx(options)) {
            throw new CsiSpecificationException("--sheet " + options.sheet + " chooses a sheet of an .xlsx workbook; "
                    + SurveyData.source(options) + " is not one: drop --sheet");
        }
    }

    /** @return the used columns of {@code models} from the chosen sheet */
    static SurveyData load(DataOptions options, String group, List<PathModel> models) {
        requireNoCsvOptions(options);
        if (group != null) {
            throw new CsiSpecificationException("--group " + group + " is not supported yet for .xlsx data; "
                    + "save the sheet as CSV for a grouped run");
        }
        XlsxFile xlsx = XlsxFile.read(options.data, Optional.ofNullable(options.sheet));
        List<String> used = SurveyData.usedColumns(options, xlsx.columnNames(), models);
        DataTable table = xlsx.table(used);
        return new SurveyData(options.data.toString(), table, Optional.empty());
    }

    /** Options of the CSV reader have no meaning for a workbook: an error rather than ignored. */
    private static void requireNoCsvOptions(DataOptions options) {
        String given = options.delimiter != null ? "--delimiter" : options.encoding != null ? "--encoding"
                : options.decimalComma ? "--decimal-comma" : options.readThreads != null ? "--read-threads"
                : options.missingCodes != null ? "--missing" : null;
        if (given != null) {
            throw new CsiSpecificationException(given + " applies to CSV files; " + options.data.getFileName()
                    + " is an Excel workbook (its cells hold numbers; empty cells are missing): drop " + given);
        }
    }
}
