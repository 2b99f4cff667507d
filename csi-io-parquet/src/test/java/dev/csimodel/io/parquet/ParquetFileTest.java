package dev.csimodel.io.parquet;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.source.RowChunk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parquet files written by the test with DuckDB's COPY: the bank survey's numbers, and broken files. */
class ParquetFileTest {

    @TempDir
    static Path dir;
    static Path bank;
    static List<String> lines;

    @BeforeAll
    static void write() throws Exception {
        Path csv = dir.resolve("satisfaction.csv");
        try (InputStream in = ParquetFileTest.class.getResourceAsStream("/satisfaction/satisfaction.csv")) {
            Files.write(csv, in.readAllBytes());
        }
        lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        bank = dir.resolve("bank.parquet");
        copy("select * from read_csv(?, header = true)", csv.toString(), bank);
        copy("select 1.5::DOUBLE as a, 'x' as t, 3::INTEGER as n, DATE '2024-01-02' as d "
                + "union all select NULL, 'y', NULL, NULL", null, dir.resolve("types.parquet"));
    }

    private static void copy(String select, String parameter, Path to) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            if (parameter == null) {
                s.execute("copy (" + select + ") to '" + to + "' (format parquet)");
            } else {
                try (PreparedStatement p = c.prepareStatement("create table t as " + select)) {
                    p.setString(1, parameter);
                    p.execute();
                }
                s.execute("copy t to '" + to + "' (format parquet)");
            }
        }
    }

    /** Column {@code j} of the CSV, parsed by hand. */
    private static double[] csvColumn(int j) {
        return lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[j])).toArray();
    }

    @Test
    void theBankFileHoldsTheCsvNumbersExactly() {
        ParquetFile parquet = ParquetFile.of(bank);
        List<String> header = Arrays.stream(lines.get(0).split(",")).map(s -> s.replace("\"", "")).toList();
        assertEquals(header, parquet.columnNames());
        DataTable t = parquet.read(header.subList(0, 27));
        assertEquals(250, t.rowCount());
        for (int j = 0; j < 27; j++) {
            assertArrayEquals(csvColumn(j), t.column(header.get(j)), 0.0, header.get(j));
        }
    }

    @Test
    void onlyTheAskedColumnsAreReadSoAnUnusedTextColumnIsNoError() {
        ParquetFile types = ParquetFile.of(dir.resolve("types.parquet"));
        DataTable t = types.read(List.of("n", "a"));
        assertArrayEquals(new double[]{3, Double.NaN}, t.column("n"), 0.0);
        assertArrayEquals(new double[]{1.5, Double.NaN}, t.column("a"), 0.0);
        List<RowChunk> chunks = new ArrayList<>();
        types.stream(List.of("a"), Optional.of("t"), chunks::add);
        assertEquals(Optional.of("y"), chunks.get(0).label(1));
    }

    @Test
    void aTextOrDateColumnUsedAsDataNamesFileRowAndColumn() {
        ParquetFile types = ParquetFile.of(dir.resolve("types.parquet"));
        CsiDataException text = assertThrows(CsiDataException.class, () -> types.read(List.of("a", "t")));
        assertTrue(text.getMessage().contains("types.parquet, row 1, column 't'"), text.getMessage());
        CsiDataException date = assertThrows(CsiDataException.class, () -> types.read(List.of("d")));
        assertTrue(date.getMessage().contains("types.parquet, row 1, column 'd'"), date.getMessage());
    }

    @Test
    void truncatedForeignEmptyAndAbsentFilesAreTypedErrorsNamingTheFile() throws Exception {
        byte[] good = Files.readAllBytes(bank);
        byte[] magic = good.clone();
        magic[magic.length - 1] = 'X';
        byte[] header = good.clone();
        header[0] = 'Q';
        byte[] footer = good.clone();
        footer[footer.length - 5] = 0x7f; // footer length (little-endian int before the end magic) now past the file
        byte[] middle = good.clone();
        Arrays.fill(middle, 4, middle.length / 2, (byte) 0x5a); // pages overwritten, magic and footer intact
        List<String> messages = new ArrayList<>();
        Path[] broken = {
            Files.write(dir.resolve("truncated.parquet"), Arrays.copyOf(good, good.length / 2)),
            Files.write(dir.resolve("magic.parquet"), magic),
            Files.write(dir.resolve("header.parquet"), header),
            Files.write(dir.resolve("empty.parquet"), new byte[0]),
            Files.writeString(dir.resolve("csv.parquet"), String.join("\n", lines)),
            Files.write(dir.resolve("footer.parquet"), footer),
            Files.write(dir.resolve("pages.parquet"), middle),
        };
        for (Path file : broken) {
            CsiDataException e = assertThrows(CsiDataException.class,
                    () -> ParquetFile.of(file).read(List.of("sat1")), file.toString());
            messages.add(e.getMessage());
            assertTrue(e.getMessage().startsWith(file.toString()) && !e.getMessage().contains("\n"), e.getMessage());
        }
        assertTrue(messages.get(1).contains("no PAR1 magic bytes at its end"), messages.get(1));
        assertTrue(messages.get(2).contains("no PAR1 magic bytes at its start"), messages.get(2));
        assertTrue(messages.get(3).contains("0 bytes"), messages.get(3));
        CsiDataException absent = assertThrows(CsiDataException.class, () -> ParquetFile.of(dir.resolve("none.parquet")));
        assertTrue(absent.getMessage().endsWith("none.parquet: no such file"), absent.getMessage());
    }

    @Test
    void aMissingColumnListsTheFilesColumns() {
        CsiDataException e = assertThrows(CsiDataException.class, () -> ParquetFile.of(bank).read(List.of("sat9")));
        assertTrue(e.getMessage().contains("bank.parquet: no column 'sat9'") && e.getMessage().contains("loy4"), e.getMessage());
    }
}
