package dev.csimodel.data;

import dev.csimodel.reference.BankData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each indicator's smallest and largest value kept in the moments (issue #10, item 4). */
class MomentRangeTest {

    private static final List<String> COLS = List.of("x", "y");

    @Test
    void accumulatorKeepsExtremesAcrossChunks() {
        MomentAccumulator acc = MomentAccumulator.of(COLS, 2);
        acc.add(new double[] {3, 7});
        acc.add(new double[] {-4, 8});
        acc.add(new double[] {5, 11});
        acc.add(new double[] {1, 2});
        acc.add(new double[] {2, 6});
        Moments m = acc.toMoments();
        assertEquals(-4, m.minimum("x").getAsDouble());
        assertEquals(5, m.maximum("x").getAsDouble());
        assertEquals(2, m.minimum("y").getAsDouble());
        assertEquals(11, m.maximum("y").getAsDouble());
    }

    @Test
    void mergeTakesMinOfMinimaAndMaxOfMaxima() {
        MomentAccumulator a = MomentAccumulator.of(COLS);
        a.add(new double[] {1, 50});
        a.add(new double[] {2, 60});
        MomentAccumulator b = MomentAccumulator.of(COLS);
        b.add(new double[] {-9, 55});
        b.add(new double[] {0, 99});
        Moments m = a.merge(b).toMoments();
        assertEquals(-9, m.minimum("x").getAsDouble());
        assertEquals(2, m.maximum("x").getAsDouble());
        assertEquals(50, m.minimum("y").getAsDouble());
        assertEquals(99, m.maximum("y").getAsDouble());
    }

    @Test
    void skippedRowsDoNotCountInTheRange() {
        MomentAccumulator acc = MomentAccumulator.skippingIncomplete(COLS);
        acc.add(new double[] {1, 2});
        acc.add(new double[] {100, Double.NaN});
        acc.add(new double[] {3, 4});
        assertEquals(3, acc.toMoments().maximum("x").getAsDouble());
    }

    @Test
    void inMemoryAndSelectedMomentsKeepTheBankRange() {
        DataTable bank = BankData.table();
        Moments m = Moments.of(bank, bank.columnNames());
        String col = bank.columnNames().get(0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : bank.column(col)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        assertEquals(lo, m.minimum(col).getAsDouble());
        assertEquals(hi, m.select(List.of(col)).maximum(col).getAsDouble());
    }

    @Test
    void weightedMomentsKeepTheRange() {
        DataTable t = DataTable.ofRows(COLS, new double[][] {{1, 4}, {2, 9}, {7, 5}});
        Moments m = WeightedMoments.of(t, COLS, new double[] {1, 2, 0.5});
        assertEquals(7, m.maximum("x").getAsDouble());
        assertEquals(4, m.minimum("y").getAsDouble());
    }

    @Test
    void handMadeMomentsHaveNoRange() {
        Moments m = new Moments(COLS, 10, new double[] {1, 2}, new double[] {1, 0, 0, 1});
        assertTrue(m.minimum("x").isEmpty());
        assertTrue(m.maximum("y").isEmpty());
    }
}
