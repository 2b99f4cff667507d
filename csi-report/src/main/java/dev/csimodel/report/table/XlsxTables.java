package dev.csimodel.report.table;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The report's tables as an Excel workbook, one sheet per table named by its id: the caption
 * (bold) in row 1, the column headers (bold) in row 2, the rows from row 3 and the note two rows
 * under the last. Numbers are numeric cells at full double precision, displayed with the
 * decimals of the document formats ("0.000"); an absent value is an empty cell, never 0.
 * Written by fastexcel, the writer sibling of the reader csi-io-excel uses.
 */
public final class XlsxTables {

    private static final int FIRST_ROW = 2;

    private XlsxTables() {
    }

    /**
     * Writes {@code report} as a workbook to {@code out} (not closed): one sheet per table.
     *
     * @param report the tables
     * @param out where the workbook goes
     * @throws IOException if writing to {@code out} fails
     */
    public static void write(TableReport report, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "csimodel", "1.0");
        for (Table t : report.tables()) {
            sheet(wb.newWorksheet(t.id()), t);
        }
        wb.finish();
    }

    private static void sheet(Worksheet ws, Table t) {
        ws.value(0, 0, t.caption());
        ws.style(0, 0).bold().set();
        for (int j = 0; j < t.columns().size(); j++) {
            ws.value(1, j, t.columns().get(j));
            ws.style(1, j).bold().set();
        }
        List<List<Cell>> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.get(i).size(); j++) {
                cell(ws, FIRST_ROW + i, j, rows.get(i).get(j));
            }
        }
        if (!t.note().isEmpty()) {
            ws.value(FIRST_ROW + rows.size() + 1, 0, t.note());
        }
    }

    private static void cell(Worksheet ws, int r, int c, Cell cell) {
        if (cell instanceof Cell.Text text) {
            ws.value(r, c, text.value());
            return;
        }
        if (cell instanceof Cell.Count k) {
            ws.value(r, c, k.value());
            return;
        }
        Optional<Double> value = Cell.valueOf(cell);
        if (value.isPresent()) {
            ws.value(r, c, value.get());
            ws.style(r, c).format(format(cell)).set();
        }
    }

    private static String format(Cell cell) {
        int decimals = cell instanceof Cell.Number n ? n.decimals() : 3;
        return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }
}
