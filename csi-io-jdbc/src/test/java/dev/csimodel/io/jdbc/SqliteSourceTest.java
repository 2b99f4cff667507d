package dev.csimodel.io.jdbc;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.RowCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same reader on a second engine, SQLite, whose columns are typed per value: a column
 * declared INTEGER can still hold text, which must be an error and never a 0.
 */
class SqliteSourceTest {

    @TempDir
    static Path dir;
    static String url;
    static BankTable bank;

    @BeforeAll
    static void database() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("bank.sqlite");
        // INTEGER affinity turns '2' into 2; 'n/a' cannot be converted and stays text
        bank = BankTable.database(url, "create table loose (id INTEGER, q INTEGER)",
                "insert into loose values (1, 1), (2, '2'), (3, NULL), (4, 'n/a')");
    }

    @Test
    void theSurveyTableGivesTheCsvNumbersExactly() {
        JdbcSource source = JdbcSource.table(url, "survey", new Properties()).withFetchSize(100);
        DataTable t = source.read(bank.names);
        for (String name : bank.names) {
            assertArrayEquals(bank.column(name), t.column(name), 0.0, name);
        }
        RowCollector grouped = new RowCollector(List.of("loy1"));
        source.stream(List.of("loy1"), Optional.of("gender"), grouped);
        assertEquals(bank.gender, grouped.labels());
    }

    @Test
    void textInAnIntegerColumnIsAnErrorNamingItsRow() {
        JdbcSource loose = JdbcSource.query(url, "select * from loose where id <= ? order by id", new Properties());
        DataTable firstThree = loose.withParameters(List.of(3)).read(List.of("q"));
        assertArrayEquals(new double[]{1, 2, Double.NaN}, firstThree.column("q"), 0.0);
        CsiDataException e = assertThrows(CsiDataException.class, () -> loose.withParameters(List.of(4)).read(List.of("q")));
        assertTrue(e.getMessage().contains("row 4, column 'q': text 'n/a' is not a number"), e.getMessage());
    }
}
