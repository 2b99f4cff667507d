package dev.csimodel.io.spss;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.MomentAccumulator;
import dev.csimodel.data.source.DataSource;
import dev.csimodel.data.source.RowChunk;
import dev.csimodel.data.source.RowCollector;
import dev.csimodel.data.source.ValueRange;
import dev.csimodel.io.spss.SavWriter.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A .sav file through the {@link DataSource} abstraction: the same numbers, labels as groups, the declared range. */
class SavDataSourceTest {

    @TempDir
    Path dir;

    private DataSource source() throws Exception {
        List<Var> vars = List.of(
                Var.numeric("q1").withLabels(Map.of(1.0, "poor", 5.0, "good", 9.0, "no answer")).withMissing(1, 9), // one discrete missing code: 9
                Var.numeric("region").withLabels(Map.of(1.0, "north", 2.0, "south")),
                Var.string("note", 8));
        List<Object[]> rows = List.of(
                new Object[]{4.0, 1.0, "a"}, new Object[]{9.0, 2.0, "b"}, new Object[]{2.0, 3.0, "c"});
        Path file = dir.resolve("s.sav");
        Files.write(file, SavWriter.write(vars, rows, true));
        return SavFile.read(file);
    }

    @Test
    void streamsTheNumbersWithValueLabelsAsGroups() throws Exception {
        DataSource sav = source();
        assertEquals(List.of("q1", "region", "note"), sav.columnNames());
        List<RowChunk> chunks = new ArrayList<>();
        sav.stream(List.of("q1"), Optional.of("region"), chunks::add);
        RowCollector back = new RowCollector(List.of("q1"));
        chunks.forEach(back);
        assertArrayEquals(new double[]{4, Double.NaN, 2}, back.table().column("q1"), 0.0);
        assertArrayEquals(sav.read(List.of("q1")).column("q1"), back.table().column("q1"), 0.0);
        assertEquals(List.of("north", "south", "3"), back.labels(), "a code without a label stands for itself");
        assertTrue(sav.declaresMissingValues());
        assertEquals(Optional.of(new ValueRange(1, 5)), sav.declaredRange("q1"), "9 (labelled) is the one missing code");
    }

    @Test
    void accumulatesTheNumericColumnsAndRefusesAStringOne() throws Exception {
        DataSource sav = source();
        MomentAccumulator acc = sav.accumulate(MomentAccumulator.skippingIncomplete(List.of("q1", "region")));
        assertEquals(2, acc.rowCount());
        assertEquals(3.0, acc.toMoments().means()[0], 1e-15); // (4 + 2) / 2
        CsiDataException e = assertThrows(CsiDataException.class, () -> sav.read(List.of("note")));
        assertTrue(e.getMessage().contains("s.sav") && e.getMessage().contains("'note'"), e.getMessage());
    }
}
