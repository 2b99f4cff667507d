package dev.csimodel.io.jdbc;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.source.RowChunk;
import dev.csimodel.data.source.RowCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a table and a query of a DuckDB database file written by the test (a real engine, in process). */
class JdbcSourceTest {

    @TempDir
    static Path dir;
    static String url;
    static BankTable bank;

    @BeforeAll
    static void database() throws Exception {
        url = "jdbc:duckdb:" + dir.resolve("bank.duckdb");
        bank = BankTable.database(url, "create table gaps (a DOUBLE, b INTEGER, c DECIMAL(5,2), t VARCHAR)",
                "insert into gaps values (1.5, 2, 3.25, 'x'), (NULL, 4, NULL, 'y'), (2.5, NULL, 1.00, 'n/a')");
    }

    @Test
    void aTableGivesTheSurveyNumbersExactlyAndOnlyTheAskedColumns() {
        JdbcSource source = JdbcSource.table(url, "survey", new Properties());
        assertEquals(28, source.columnNames().size());
        assertEquals("gender", source.columnNames().get(27));
        DataTable t = source.read(List.of("sat1", "imag3", "loy4"));
        assertEquals(List.of("sat1", "imag3", "loy4"), t.columnNames());
        assertEquals(250, t.rowCount());
        for (String name : t.columnNames()) {
            assertArrayEquals(bank.column(name), t.column(name), 0.0, name);
        }
    }

    @Test
    void streamingComesInFetchSizeChunksWithGroupLabels() {
        JdbcSource source = JdbcSource.table(url, "survey", new Properties()).withFetchSize(64);
        List<RowChunk> chunks = new ArrayList<>();
        source.stream(List.of("val1", "val2"), Optional.of("gender"), chunks::add);
        assertEquals(List.of(1L, 65L, 129L, 193L), chunks.stream().map(RowChunk::firstRow).toList());
        assertEquals(250 - 3 * 64, chunks.get(3).rows());
        RowCollector all = new RowCollector(List.of("val1", "val2"));
        chunks.forEach(all);
        assertArrayEquals(bank.column("val2"), all.table().column("val2"), 0.0);
        assertEquals(bank.gender, all.labels());
        MomentAccumulator acc = source.accumulate(MomentAccumulator.of(List.of("val1")));
        double mean = java.util.Arrays.stream(bank.column("val1")).average().orElseThrow();
        assertEquals(mean, acc.toMoments().means()[0], 1e-12);
    }

    @Test
    void aQueryIsReadAsADerivedTable() {
        JdbcSource women = JdbcSource.query(url, "select * from survey where gender = ? ;", new Properties())
                .withParameters(List.of("female"));
        long expected = bank.gender.stream().filter("female"::equals).count();
        assertEquals(expected, women.read(List.of("sat2")).rowCount());
        assertTrue(women.description().endsWith("(query)"), women.description());
    }

    @Test
    void nullIsMissingAndIntegerAndDecimalColumnsAreNumbers() {
        DataTable t = JdbcSource.table(url, "gaps", new Properties()).read(List.of("a", "b", "c"));
        assertArrayEquals(new double[]{1.5, Double.NaN, 2.5}, t.column("a"), 0.0);
        assertArrayEquals(new double[]{2, 4, Double.NaN}, t.column("b"), 0.0);
        assertArrayEquals(new double[]{3.25, Double.NaN, 1.0}, t.column("c"), 0.0);
    }

    @Test
    void aTextColumnIsAnErrorNamingRowAndColumn() {
        JdbcSource source = JdbcSource.table(url, "gaps", new Properties());
        CsiDataException e = assertThrows(CsiDataException.class, () -> source.read(List.of("a", "t")));
        assertTrue(e.getMessage().contains("row 1, column 't'") && e.getMessage().contains("text 'x'")
                && e.getMessage().contains("(table gaps)"), e.getMessage());
    }

    @Test
    void anAbsentColumnOrTableOrABadNameIsATypedError() {
        JdbcSource source = JdbcSource.table(url, "survey", new Properties());
        CsiDataException column = assertThrows(CsiDataException.class, () -> source.read(List.of("sat9")));
        assertTrue(column.getMessage().contains("no column 'sat9'") && column.getMessage().contains("imag1"), column.getMessage());
        CsiDataException table = assertThrows(CsiDataException.class,
                () -> JdbcSource.table(url, "nosuch", new Properties()).columnNames());
        assertTrue(table.getMessage().contains("(table nosuch)") && table.getMessage().contains("failed"), table.getMessage());
        assertTrue(!table.getMessage().contains("\n"), "one line");
        assertThrows(CsiSpecificationException.class, () -> JdbcSource.table(url, "survey; drop table survey", new Properties()));
        assertThrows(CsiSpecificationException.class, () -> JdbcSource.query(url, " ; ", new Properties()));
        assertThrows(CsiSpecificationException.class, () -> JdbcSource.table("postgres://h/db", "survey", new Properties()));
    }
}
