package dev.csimodel.io;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowChunk;
import dev.csimodel.data.source.RowCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A CSV file through the {@link DataSource} abstraction: streaming in chunks gives what reading gives. */
class CsvSourceTest {

    @TempDir
    Path dir;

    @Test
    void streamedChunksEqualTheTableReadInMemory() throws Exception {
        int n = DataSource.DEFAULT_CHUNK_ROWS + 5; // one full chunk and a short one
        StringBuilder csv = new StringBuilder("a,g,b\n");
        for (int i = 0; i < n; i++) {
            csv.append(i % 7).append(',').append(i % 2 == 0 ? "even" : "odd").append(',').append(i * 0.5).append('\n');
        }
        Path file = Files.writeString(dir.resolve("s.csv"), csv);
        DataSource source = new CsvSource(file, CsvDataReader.withDefaults());
        assertEquals(List.of("a", "g", "b"), source.columnNames());
        List<RowChunk> chunks = new ArrayList<>();
        source.stream(List.of("b", "a"), Optional.of("g"), chunks::add);
        assertEquals(List.of(1L, DataSource.DEFAULT_CHUNK_ROWS + 1L), chunks.stream().map(RowChunk::firstRow).toList());
        RowCollector back = new RowCollector(List.of("b", "a"));
        chunks.forEach(back);
        DataTable read = source.read(List.of("b", "a"));
        assertArrayEquals(read.column("a"), back.table().column("a"), 0.0);
        assertArrayEquals(read.column("b"), back.table().column("b"), 0.0);
        assertEquals("odd", back.labels().get(n - 2));
        MomentAccumulator acc = source.accumulate(MomentAccumulator.of(List.of("b")));
        assertEquals(n, acc.rowCount());
        assertEquals(0.5 * (n - 1) / 2.0, acc.toMoments().means()[0], 1e-12); // mean of 0.5 i, i = 0..n-1
    }

    @Test
    void aBadCellIsNamedByFileLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n3,x\n");
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> new CsvSource(file, CsvDataReader.withDefaults()).stream(List.of("a", "b"), Optional.empty(), c -> { }));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("line 3") && e.getMessage().contains("'b'"),
                e.getMessage());
    }
}
