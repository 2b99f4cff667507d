package dev.csimodel.data.source;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.MomentAccumulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableChunksTest {

    private static final DataTable TABLE = DataTable.ofRows(List.of("a", "b"),
            new double[][] {{1, 2}, {3, 5}, {4, Double.NaN}, {7, 1}, {2, 2}});

    @Test
    void chunksKeepRowOrderNumbersAndLabels() {
        List<RowChunk> chunks = new ArrayList<>();
        TableChunks.stream("t.sav", TABLE, List.of("x", "y", "x", "z", "y"), 2, chunks::add);
        assertEquals(3, chunks.size());
        assertEquals(List.of(1L, 3L, 5L), chunks.stream().map(RowChunk::firstRow).toList());
        assertEquals(7.0, chunks.get(1).value(1, 0)); // row 4 is {7, 1}
        assertTrue(Double.isNaN(chunks.get(1).value(0, 1)));
        assertEquals(Optional.of("z"), chunks.get(1).label(1));
        assertEquals("t.sav, row 4", chunks.get(1).place(1));
        RowCollector back = new RowCollector(List.of("a", "b"));
        chunks.forEach(back);
        assertArrayEquals(TABLE.column("a"), back.table().column("a"));
        assertArrayEquals(TABLE.column("b"), back.table().column("b"));
        assertEquals(List.of("x", "y", "x", "z", "y"), back.labels());
    }

    @Test
    void collectorGrowsPastItsFirstCapacity() {
        int n = 3000;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {i, 2.0 * i};
        }
        RowCollector back = new RowCollector(List.of("a", "b"));
        TableChunks.stream("big", DataTable.ofRows(List.of("a", "b"), rows), List.of(), 700, back);
        assertEquals(n, back.table().rowCount());
        assertEquals(2.0 * 2999, back.table().value(2999, 1));
        assertEquals(List.of(), back.labels());
    }

    @Test
    void accumulateGivesTheMomentsOfTheRows() {
        DataTable complete = TABLE.filterRows(i -> i != 2);
        DataSource source = new DataSource() {
            @Override public String description() { return "mem"; }
            @Override public List<String> columnNames() { return complete.columnNames(); }
            @Override public DataTable read(List<String> columns) { return complete.select(columns); }
            @Override public void stream(List<String> columns, Optional<String> group, Consumer<RowChunk> sink) {
                TableChunks.stream("mem", complete.select(columns), List.of(), 3, sink);
            }
        };
        MomentAccumulator acc = source.accumulate(MomentAccumulator.of(List.of("a", "b")));
        assertEquals(4, acc.rowCount());
        // a = 1,3,7,2 (mean 13/4); b = 2,5,1,2 (mean 10/4)
        assertEquals(13.0 / 4, acc.toMoments().means()[0], 1e-15);
        assertEquals(10.0 / 4, acc.toMoments().means()[1], 1e-15);
        assertTrue(source.declaredRange("a").isEmpty());
    }

    @Test
    void labelsThatDoNotMatchTheRowsAreRefused() {
        assertThrows(CsiDataException.class, () -> TableChunks.stream("t", TABLE, List.of("x"), 2, c -> { }));
        assertThrows(CsiDataException.class, () -> new ValueRange(3, 1));
    }
}
