package dev.csimodel.io.excel;

import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook of /work/shared/data/formats against the CSV of the same data. */
class XlsxFileTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(XlsxFileTest.class.getResource("/xlsx/" + name).toURI());
    }

    /** Every numeric column of the CSV, read by hand here so the test does not trust a reader. */
    private static List<String[]> csv() throws Exception {
        List<String> lines = Files.readAllLines(resource("satisfaction.csv"), StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.replace("\"", "").split(","));
        }
        return out;
    }

    @Test
    void firstSheetHoldsTheCsvNumbersBitForBit() throws Exception {
        List<String[]> csv = csv();
        String[] header = csv.get(0);
        List<String> numeric = List.of(header).subList(0, header.length - 1); // the last column, gender, is text
        XlsxFile xlsx = XlsxFile.read(resource("satisfaction.xlsx"), Optional.empty());
        assertEquals("survey", xlsx.sheet());
        assertEquals(List.of(header), xlsx.columnNames());
        assertEquals(csv.size() - 1, xlsx.rowCount());
        DataTable table = xlsx.table(numeric);
        assertEquals(numeric, table.columnNames());
        for (int j = 0; j < numeric.size(); j++) {
            double[] expected = new double[csv.size() - 1];
            for (int i = 1; i < csv.size(); i++) {
                expected[i - 1] = Double.parseDouble(csv.get(i)[j]);
            }
            double[] actual = table.column(numeric.get(j));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                        numeric.get(j) + " row " + (i + 2));
            }
        }
    }

    @Test
    void theSheetIsChosenByNameAndTheColumnsInTheOrderAsked() throws Exception {
        XlsxFile named = XlsxFile.read(resource("satisfaction.xlsx"), Optional.of("survey"));
        DataTable t = named.table(List.of("sat2", "imag1"));
        assertEquals(List.of("sat2", "imag1"), t.columnNames());
        // first data row of satisfaction.csv: imag1 = 8, sat2 = 7
        assertArrayEquals(new double[]{7, 8}, new double[]{t.column("sat2")[0], t.column("imag1")[0]});
    }

    @Test
    void cellNamesFollowTheA1Style() {
        assertEquals("A", CellName.letters(0));
        assertEquals("Z", CellName.letters(25));
        assertEquals("AA", CellName.letters(26));
        assertEquals("AB", CellName.letters(27));
        assertEquals("ZZ", CellName.letters(26 + 26 * 26 - 1));
        assertEquals("AAA", CellName.letters(26 + 26 * 26));
        assertEquals("survey!C17", CellName.of("survey", 2, 17));
    }

    @Test
    void aTextColumnIsAnErrorOnlyWhenAsked() throws Exception {
        XlsxFile xlsx = XlsxFile.read(resource("satisfaction.xlsx"), Optional.empty());
        dev.csimodel.CsiDataException e = org.junit.jupiter.api.Assertions.assertThrows(dev.csimodel.CsiDataException.class,
                () -> xlsx.table(List.of("imag1", "gender")));
        // gender is column AB (28th); its first data cell is row 2
        assertTrue(e.getMessage().contains("survey!AB2"), e.getMessage());
        assertTrue(e.getMessage().contains("'gender'"), e.getMessage());
        assertEquals(1, xlsx.table(List.of("imag1")).columnNames().size());
    }

    @Test
    void theCellsOfAnotherSheetAreRead() throws Exception {
        XlsxFile about = XlsxFile.read(resource("satisfaction.xlsx"), Optional.of("about"));
        assertEquals("about", about.sheet());
        assertEquals(List.of("note"), about.columnNames());
        assertEquals(2, about.rowCount());
        dev.csimodel.CsiDataException e = org.junit.jupiter.api.Assertions.assertThrows(dev.csimodel.CsiDataException.class,
                () -> about.table(List.of("note")));
        assertTrue(e.getMessage().contains("about!A2 holds string 'Bank ECSI survey"), e.getMessage());
    }


    @Test
    void aTextColumnGivesLabelsAsInTheCsv() throws Exception {
        List<String[]> csv = csv();
        int gender = csv.get(0).length - 1;
        List<String> labels = XlsxFile.read(resource("satisfaction.xlsx"), Optional.empty()).labels("gender");
        assertEquals(csv.size() - 1, labels.size());
        for (int i = 1; i < csv.size(); i++) {
            assertEquals(csv.get(i)[gender], labels.get(i - 1), "row " + (i + 1));
        }
        // a number column: 8 is "8", not "8.0"
        assertEquals("8", XlsxFile.read(resource("satisfaction.xlsx"), Optional.empty()).labels("imag1").get(0));
    }

    @Test
    void nullArgumentsAreSpecificationErrorsNamingTheParameter() throws Exception {
        XlsxFile xlsx = XlsxFile.read(resource("satisfaction.xlsx"), Optional.empty());
        assertNamed("path", () -> XlsxFile.read(null, Optional.empty()));
        assertNamed("sheet", () -> XlsxFile.read(resource("satisfaction.xlsx"), null));
        assertNamed("names", () -> xlsx.table(null));
        assertNamed("name", () -> xlsx.labels(null));
        assertNamed("name", () -> xlsx.table(java.util.Arrays.asList("imag1", null)));
    }

    private static void assertNamed(String parameter, org.junit.jupiter.api.function.Executable call) {
        dev.csimodel.CsiSpecificationException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.csimodel.CsiSpecificationException.class, call);
        assertEquals("argument '" + parameter + "' must not be null", e.getMessage());
    }
}
