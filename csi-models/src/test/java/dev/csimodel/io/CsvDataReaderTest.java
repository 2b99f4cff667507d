package dev.csimodel.io;

import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvDataReaderTest {

    /** Values are copied from text, so they must come back exactly. */
    private static final double EXACT = 0.0;

    private static DataTable read(CsvOptions options, String csv, String... columns) {
        return new CsvDataReader(options).read(new StringReader(csv), "t.csv", List.of(columns));
    }

    @Test
    void readsOnlyTheRequestedColumnsInTheRequestedOrder() {
        String csv = "id,name,x,y\n1,Ann,2.5,-1\n2,\"Lee, Bo\",1e1,+.5\n";
        DataTable t = read(CsvOptions.defaults(), csv, "y", "x");
        assertEquals(List.of("y", "x"), t.columnNames());
        assertArrayEquals(new double[] {-1, 0.5}, t.column("y"), EXACT);
        assertArrayEquals(new double[] {2.5, 10}, t.column("x"), EXACT);
    }

    @Test
    void missingTokenAndEmptyCellsReadAsNaN() {
        String csv = "a,b\n1,NA\n,2\n\" NA \",3\n";
        DataTable t = read(CsvOptions.defaults().withMissingToken("NA"), csv, "a", "b");
        assertTrue(Double.isNaN(t.value(0, "b")));
        assertTrue(Double.isNaN(t.value(1, "a")));
        assertTrue(Double.isNaN(t.value(2, "a")));
        assertEquals(3.0, t.value(2, "b"), EXACT);
    }

    @Test
    void toleratesByteOrderMarkBlanksQuotesCrlfAndBlankLines() {
        String csv = "\uFEFFa , b\r\n\"7\", 8 \r\n\r\n9,10\r\n\r\n";
        DataTable t = read(CsvOptions.defaults(), csv, "a", "b");
        assertEquals(2, t.rowCount());
        assertArrayEquals(new double[] {7, 9}, t.column("a"), EXACT);
        assertArrayEquals(new double[] {8, 10}, t.column("b"), EXACT);
    }

    @Test
    void numericMissingTokenWinsOverTheIntegerFastPath() {
        // "99" is both a plain integer and the code: the code decides, as a number ("099" is 99 too)
        DataTable t = read(CsvOptions.defaults().withMissingToken("99"), "a\n99\n099\n990\n123456789\n1234567890\n", "a");
        assertTrue(Double.isNaN(t.value(0, "a")));
        assertTrue(Double.isNaN(t.value(1, "a")));
        assertArrayEquals(new double[] {990, 123456789, 1234567890},
                new double[] {t.value(2, "a"), t.value(3, "a"), t.value(4, "a")}, EXACT);
    }

    @Test
    void readsOtherDelimiters() {
        DataTable t = read(CsvOptions.defaults().withDelimiter(';'), "a;b\n1;2\n", "b");
        assertEquals(2.0, t.value(0, "b"), EXACT);
    }

    @Test
    void groupsRowsByLabelInOrderOfFirstAppearance() {
        String csv = "x,region\n1,north\n2,south\n3, north \n";
        GroupedData g = CsvDataReader.withDefaults()
                .readGrouped(new StringReader(csv), "t.csv", List.of("x"), "region");
        assertEquals(List.of("north", "south", "north"), g.labels());
        assertEquals(List.of("north", "south"), g.groups());
        Map<String, DataTable> segments = g.segments();
        assertArrayEquals(new double[] {1, 3}, segments.get("north").column("x"), EXACT);
        assertArrayEquals(new double[] {2}, segments.get("south").column("x"), EXACT);
    }

    @Test
    void readsManyRowsBeyondTheInitialBuffer() {
        StringBuilder csv = new StringBuilder("i,sq\n");
        for (int i = 1; i <= 1000; i++) {
            csv.append(i).append(',').append(i * i).append('\n');
        }
        DataTable t = read(CsvOptions.defaults(), csv.toString(), "sq");
        assertEquals(1000, t.rowCount());
        assertEquals(1_000_000.0, t.value(999, "sq"), EXACT);
    }

    @Test
    void readsTheBankSurvey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("satisfaction.csv");
        try (var in = CsvDataReaderTest.class.getResourceAsStream("/satisfaction/satisfaction.csv")) {
            Files.write(file, in.readAllBytes());
        }
        CsvDataReader reader = CsvDataReader.withDefaults();
        List<String> header = reader.header(file);
        assertEquals(28, header.size());
        assertEquals("gender", header.get(27));
        GroupedData g = reader.readGrouped(file, List.of("imag1", "loy4"), "gender");
        assertEquals(250, g.table().rowCount());
        // first data line: 8,8,9,5,6,...,6,6,"male"
        assertEquals(8.0, g.table().value(0, "imag1"), EXACT);
        assertEquals(6.0, g.table().value(0, "loy4"), EXACT);
        assertEquals("male", g.labels().get(0));
        assertEquals(List.of("male", "female"), g.groups());
    }

    @Test
    void headerIsReadFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("h.csv");
        Files.writeString(file, "x,y,z\n", StandardCharsets.UTF_8);
        assertEquals(List.of("x", "y", "z"), CsvDataReader.withDefaults().header(file));
    }
}
