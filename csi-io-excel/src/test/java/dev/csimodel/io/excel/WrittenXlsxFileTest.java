package dev.csimodel.io.excel;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.csimodel.io.excel.XlsxWriter.number;
import static dev.csimodel.io.excel.XlsxWriter.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workbooks written by {@link XlsxWriter} holding the cases the bank data does not. */
class WrittenXlsxFileTest {

    @TempDir
    Path dir;

    private static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    @Test
    void emptyCellsAreMissingAndBlankRowsAreNotObservations() throws Exception {
        Path file = XlsxWriter.write(dir.resolve("gaps.xlsx"), "data", row(1, text("A1", "x"), text("B1", "y"))
                + row(2, number("A2", "1.5"), number("B2", "2"))
                + row(3, number("B3", "0.1"))                               // A3 absent: empty
                + row(4, "<c r=\"A4\"/>", number("B4", "-3e-2"))            // A4 present but empty
                + row(6, number("A6", "4"), text("B6", ""))                 // row 5 missing; B6 an empty string
                + row(7));                                                  // a blank row at the end
        XlsxFile xlsx = XlsxFile.read(file, Optional.empty());
        assertEquals("data", xlsx.sheet());
        assertEquals(4, xlsx.rowCount());
        DataTable t = xlsx.table(List.of("x", "y"));
        assertArrayEquals(new double[]{1.5, Double.NaN, Double.NaN, 4}, t.column("x"));
        assertArrayEquals(new double[]{2, 0.1, -0.03, Double.NaN}, t.column("y"));
    }

    @Test
    void aTextCellIsNamedBySheetColumnAndRow() throws Exception {
        Path file = XlsxWriter.write(dir.resolve("text.xlsx"), "survey", row(1, text("A1", "a"), text("B1", "b"), text("C1", "c"))
                + row(2, number("A2", "1"), number("B2", "2"), number("C2", "3"))
                + row(17, number("A17", "1"), number("B17", "2"), text("C17", "n/a"))
                + row(18, number("A18", "1"), number("B18", "2"), text("C18", "later")));
        XlsxFile xlsx = XlsxFile.read(file, Optional.empty());
        CsiDataException e = assertThrows(CsiDataException.class, () -> xlsx.table(List.of("a", "c")));
        assertTrue(e.getMessage().contains("survey!C17 holds string 'n/a'"), e.getMessage());
        assertTrue(e.getMessage().contains("text.xlsx"), e.getMessage());
        assertArrayEquals(new double[]{1, 1, 1}, xlsx.table(List.of("a")).column("a"));
    }

    @Test
    void booleansAndFormulaResultsAreTold() throws Exception {
        Path file = XlsxWriter.write(dir.resolve("kinds.xlsx"), "s", row(1, text("A1", "f"), text("B1", "flag"))
                + row(2, "<c r=\"A2\"><f>1+1</f><v>2</v></c>", "<c r=\"B2\" t=\"b\"><v>1</v></c>"));
        XlsxFile xlsx = XlsxFile.read(file, Optional.empty());
        assertArrayEquals(new double[]{2}, xlsx.table(List.of("f")).column("f"));
        CsiDataException e = assertThrows(CsiDataException.class, () -> xlsx.table(List.of("flag")));
        assertTrue(e.getMessage().contains("s!B2 holds boolean"), e.getMessage());
    }

    @Test
    void aRepeatedHeaderNameIsAnErrorWhenThatColumnIsAsked() throws Exception {
        Path file = XlsxWriter.write(dir.resolve("twice.xlsx"), "s", row(1, text("A1", "q"), text("B1", "r"), text("C1", "q"))
                + row(2, number("A2", "1"), number("B2", "2"), number("C2", "3")));
        XlsxFile xlsx = XlsxFile.read(file, Optional.empty());
        CsiDataException e = assertThrows(CsiDataException.class, () -> xlsx.table(List.of("q")));
        assertTrue(e.getMessage().contains("'q' is named twice, in s!A1 and s!C1"), e.getMessage());
        assertArrayEquals(new double[]{2}, xlsx.table(List.of("r")).column("r"));
    }

    @Test
    void aSheetWithoutHeaderIsRefused() throws Exception {
        Path empty = XlsxWriter.write(dir.resolve("empty.xlsx"), "s", "");
        CsiDataException e = assertThrows(CsiDataException.class, () -> XlsxFile.read(empty, Optional.empty()));
        assertTrue(e.getMessage().contains("sheet 's' is empty"), e.getMessage());
    }
}
