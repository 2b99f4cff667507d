package dev.csimodel.io.excel;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.csimodel.io.excel.XlsxWriter.number;
import static dev.csimodel.io.excel.XlsxWriter.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sheet through the {@link DataSource} abstraction: numbers, text groups, errors naming file, sheet and cell. */
class XlsxDataSourceTest {

    @TempDir
    Path dir;

    private static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    @Test
    void streamsColumnsWithTextGroupLabels() throws Exception {
        Path file = XlsxWriter.write(dir.resolve("g.xlsx"), "survey", row(1, text("A1", "x"), text("B1", "store"), text("C1", "c"))
                + row(2, number("A2", "1.5"), text("B2", "east"), number("C2", "1"))
                + row(3, number("A3", "2"), number("B3", "7"), number("C3", "2"))
                + row(4, text("A4", "n/a"), text("B4", "east"), number("C4", "3")));
        DataSource xlsx = XlsxFile.read(file, Optional.empty());
        assertTrue(xlsx.description().contains("g.xlsx") && xlsx.description().contains("survey"), xlsx.description());
        RowCollector back = new RowCollector(List.of("store"));
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> xlsx.stream(List.of("x"), Optional.of("store"), back));
        assertTrue(e.getMessage().contains("survey!A4"), e.getMessage());
        RowCollector labels = new RowCollector(List.of("c"));
        xlsx.stream(List.of("c"), Optional.of("store"), labels);
        assertEquals(List.of("east", "7", "east"), labels.labels());
        assertArrayEquals(new double[]{1, 2, 3}, labels.table().column("c"), 0.0);
        assertFalse(xlsx.declaresMissingValues());
    }

    @Test
    void readsTheSameNumbersAsTheSheet() throws Exception {
        Path file = XlsxWriter.write(dir.resolve("n.xlsx"), "s", row(1, text("A1", "a"), text("B1", "b"))
                + row(2, number("A2", "0.1"), number("B2", "3")) + row(3, number("A3", "-2"), number("B3", "4")));
        XlsxFile xlsx = XlsxFile.read(file, Optional.empty());
        assertArrayEquals(new double[]{0.1, -2}, ((DataSource) xlsx).read(List.of("a")).column("a"), 0.0);
        assertArrayEquals(xlsx.table(List.of("b")).column("b"), xlsx.read(List.of("b")).column("b"), 0.0);
    }
}
