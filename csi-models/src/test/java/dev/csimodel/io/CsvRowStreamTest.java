package dev.csimodel.io;

import dev.csimodel.data.DataTable;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming reader yields exactly the rows the in-memory reader stores. */
class CsvRowStreamTest {

    /** Both readers parse the same text with the same code: values must be identical. */
    private static final double EXACT = 0.0;

    private static Path bank() throws URISyntaxException {
        return Path.of(CsvRowStreamTest.class.getResource("/satisfaction/satisfaction.csv").toURI());
    }

    @Test
    void streamedBankRowsEqualTheTable() throws URISyntaxException {
        List<String> columns = List.of("sat1", "imag2", "loy4");
        CsvDataReader reader = CsvDataReader.withDefaults();
        GroupedData table = reader.readGrouped(bank(), columns, "gender");
        List<double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (CsvRowStream stream = reader.stream(bank(), columns, "gender")) {
            assertEquals(columns, stream.columns());
            while (stream.hasNext()) {
                rows.add(stream.next().clone());
                labels.add(stream.label());
            }
            assertEquals(250, stream.row());
        }
        DataTable t = table.table();
        assertEquals(t.rowCount(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                assertEquals(t.value(i, j), rows.get(i)[j], EXACT, "row " + i + ", " + columns.get(j));
            }
        }
        assertEquals(table.labels(), labels);
    }

    @Test
    void theRowArrayIsReusedAndPlacesAreNamed() {
        String csv = "a,note,b\n1,x,2\n\n3,\"y\nz\",4\n";
        try (CsvRowStream s = CsvDataReader.withDefaults().stream(new StringReader(csv), "s.csv", List.of("b", "a"), null)) {
            double[] first = s.next();
            assertArrayEquals(new double[] {2, 1}, first, EXACT);
            assertEquals("s.csv, line 2 (data row 1)", s.place());
            double[] second = s.next();
            assertSame(first, second);
            assertArrayEquals(new double[] {4, 3}, second, EXACT);
            // the record starts on line 4 (a blank line 3 was skipped) and spans two lines
            assertEquals("s.csv, line 4 (data row 2)", s.place());
            assertFalse(s.hasNext());
            assertThrows(NoSuchElementException.class, s::next);
        }
    }

    @Test
    void forEachRowCountsTheRows() throws URISyntaxException {
        double[] sum = new double[1];
        long n = CsvDataReader.withDefaults().forEachRow(bank(), List.of("sat1"), r -> sum[0] += r[0]);
        assertEquals(250, n);
        DataTable t = CsvDataReader.withDefaults().read(bank(), List.of("sat1"));
        double expected = 0;
        for (double v : t.column("sat1")) {
            expected += v;
        }
        assertEquals(expected, sum[0], EXACT);
        assertTrue(sum[0] > 0);
    }
}
