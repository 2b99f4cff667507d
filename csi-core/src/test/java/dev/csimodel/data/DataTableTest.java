package dev.csimodel.data;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataTableTest {

    static final double TOL = 1e-14;

    static DataTable small() {
        return DataTable.ofRows(List.of("a", "b"), new double[][]{{1, 2}, {3, 5}, {5, 11}});
    }

    @Test
    void rowsAndColumnsAgree() {
        DataTable t = small();
        DataTable c = DataTable.ofColumns(List.of("a", "b"), new double[][]{{1, 3, 5}, {2, 5, 11}});
        assertArrayEquals(t.column("b"), c.column("b"));
        assertEquals(3, t.rowCount());
        assertEquals(5.0, t.value(1, "b"));
        assertArrayEquals(new double[]{2, 1, 5, 3, 11, 5}, t.rowMajor(List.of("b", "a")));
    }

    @Test
    void isImmutable() {
        double[][] rows = {{1, 2}, {3, 4}};
        DataTable t = DataTable.ofRows(List.of("a", "b"), rows);
        rows[0][0] = 99;
        t.column("a")[0] = 99;
        assertEquals(1.0, t.value(0, "a"));
    }

    @Test
    void momentsByHand() {
        // a = 1, 3, 5: mean 3, population variance (4 + 0 + 4)/3 = 8/3.
        // b = 2, 5, 11: mean 6, deviations -4, -1, 5: variance 42/3 = 14; cov(a,b) = (8 + 0 + 10)/3 = 6.
        Moments m = Moments.of(small(), List.of("a", "b"));
        assertEquals(3, m.observations());
        assertEquals(3.0, m.mean(0), TOL);
        assertEquals(6.0, m.mean(1), TOL);
        assertEquals(8.0 / 3, m.covariance(0, 0), TOL);
        assertEquals(14.0, m.covariance(1, 1), TOL);
        assertEquals(6.0, m.covariance(0, 1), TOL);
        assertEquals(6.0 / Math.sqrt(8.0 / 3 * 14), m.correlation(0, 1), TOL);
        Moments swapped = m.select(List.of("b", "a"));
        assertEquals(6.0, swapped.mean(0), TOL);
        assertEquals(8.0 / 3, swapped.covariance(1, 1), TOL);
    }

    @Test
    void rejectsBadTables() {
        assertThrows(CsiDataException.class, () -> DataTable.ofRows(List.of("a", "a"), new double[][]{{1, 2}}));
        CsiDataException ragged = assertThrows(CsiDataException.class,
                () -> DataTable.ofRows(List.of("a", "b"), new double[][]{{1, 2}, {3}}));
        assertTrue(ragged.getMessage().contains("row 2"));
        CsiDataException missing = assertThrows(CsiDataException.class, () -> small().column("zz"));
        assertTrue(missing.getMessage().contains("zz"));
    }

    @Test
    void momentsRejectNonFiniteAndConstantColumns() {
        DataTable nan = DataTable.ofRows(List.of("a", "b"), new double[][]{{1, 2}, {Double.NaN, 3}, {2, 4}});
        CsiDataException e = assertThrows(CsiDataException.class, () -> Moments.of(nan, List.of("a", "b")));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("row 2"), e.getMessage());
        DataTable inf = DataTable.ofRows(List.of("a", "b"), new double[][]{{1, 2}, {1, Double.POSITIVE_INFINITY}, {2, 4}});
        assertThrows(CsiDataException.class, () -> Moments.of(inf, List.of("a", "b")));
        DataTable constant = DataTable.ofRows(List.of("a", "b"), new double[][]{{1, 7}, {2, 7}, {3, 7}});
        CsiDataException c = assertThrows(CsiDataException.class, () -> Moments.of(constant, List.of("a", "b")));
        assertTrue(c.getMessage().contains("'b'") && c.getMessage().contains("zero variance"));
        DataTable one = DataTable.ofRows(List.of("a"), new double[][]{{1}});
        assertThrows(CsiDataException.class, () -> Moments.of(one, List.of("a")));
    }
}
