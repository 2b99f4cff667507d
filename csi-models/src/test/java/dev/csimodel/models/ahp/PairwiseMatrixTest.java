package dev.csimodel.models.ahp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseMatrixTest {

    private static final List<String> QPS = List.of("quality", "price", "service");
    private static final double EXACT = 0.0;

    private static void assertMessageHas(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void upperTriangleFillsDiagonalAndReciprocals() {
        PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(QPS, 3, 5, 2);
        assertEquals(3, m.size());
        assertEquals(1.0, m.get(1, 1), EXACT);
        assertEquals(5.0, m.get("quality", "service"), EXACT);
        assertEquals(1.0 / 3, m.get("price", "quality"), EXACT);
        assertEquals(0.5, m.get(2, 1), EXACT);
        assertEquals(2, m.indexOf("service"));
        double[][] copy = m.toArray();
        copy[0][1] = 7;
        assertEquals(3.0, m.get(0, 1), EXACT);
    }

    @Test
    void acceptsTwoDecimalReciprocalsWithinDefaultTolerance() {
        // 0.33 * 3 = 0.99, 0.13 * 8 = 1.04: within the 5 % default tolerance
        PairwiseMatrix m = PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 8}, {0.33, 1, 2}, {0.13, 0.5, 1}});
        assertEquals(0.33, m.get(1, 0), EXACT);
        // 1/8 where 1/9 belongs: 0.125 * 9 = 1.125, 12.5 % off
        assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 9}, {0.33, 1, 2}, {0.125, 0.5, 1}}));
        // 0.3 * 3 = 0.9 is 10 % off
        CsiDataException e = assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {0.3, 1, 2}, {0.2, 0.5, 1}}));
        assertMessageHas(e, "(1,2)", "quality vs price", "reciprocal");
        // the same matrix passes with a 15 % tolerance
        assertEquals(0.3, PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {0.3, 1, 2}, {0.2, 0.5, 1}}, 0.15).get(1, 0), EXACT);
    }

    @Test
    void rejectsNonReciprocal() {
        CsiDataException e = assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {1.0 / 3, 1, 2}, {0.2, 2, 1}}));
        assertMessageHas(e, "(2,3)", "price vs service", "not reciprocal");
    }

    @Test
    void rejectsZeroNegativeAndNonFinite() {
        CsiDataException zero = assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 0}, {1.0 / 3, 1, 2}, {0.2, 0.5, 1}}));
        assertMessageHas(zero, "(1,3)", "quality vs service", "positive");
        assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {-1.0 / 3, 1, 2}, {0.2, 0.5, 1}}));
        assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {1.0 / 3, 1, Double.NaN}, {0.2, 0.5, 1}}));
        assertThrows(CsiDataException.class, () -> PairwiseMatrix.fromUpperTriangle(QPS, 3, 0, 2));
    }

    @Test
    void rejectsOutOfScale() {
        CsiDataException high = assertThrows(CsiDataException.class,
                () -> PairwiseMatrix.fromUpperTriangle(QPS, 3, 10, 2));
        assertMessageHas(high, "(1,3)", "quality vs service", "Saaty's scale");
        // 1/10 below 1/9 in the lower triangle is caught on its own cell
        CsiDataException low = assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(
                List.of("a", "b"), new double[][] {{1, 0.1}, {10, 1}}));
        assertMessageHas(low, "(1,2)", "a vs b");
        // 9 and 1/9 themselves are on the scale
        assertEquals(9.0, PairwiseMatrix.fromUpperTriangle(List.of("a", "b"), 9).get(0, 1), EXACT);
        assertEquals(9.0, PairwiseMatrix.fromUpperTriangle(List.of("a", "b"), 1.0 / 9).get(1, 0), 1e-12);
    }

    @Test
    void rejectsDiagonalOtherThanOne() {
        CsiDataException e = assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {1.0 / 3, 2, 2}, {0.2, 0.5, 1}}));
        assertMessageHas(e, "(2,2)", "price vs price", "diagonal");
    }

    @Test
    void rejectsNonSquare() {
        CsiDataException ragged = assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {1.0 / 3, 1}, {0.2, 0.5, 1}}));
        assertMessageHas(ragged, "not square", "row 2", "'price'");
        CsiDataException rows = assertThrows(CsiDataException.class, () -> PairwiseMatrix.of(QPS,
                new double[][] {{1, 3, 5}, {1.0 / 3, 1, 2}}));
        assertMessageHas(rows, "3 rows", "got 2");
        CsiDataException count = assertThrows(CsiDataException.class,
                () -> PairwiseMatrix.fromUpperTriangle(QPS, 3, 5));
        assertMessageHas(count, "needs 3", "got 2");
    }

    @Test
    void rejectsBadNamesAndTolerance() {
        assertThrows(CsiSpecificationException.class, () -> PairwiseMatrix.fromUpperTriangle(List.of()));
        CsiSpecificationException dup = assertThrows(CsiSpecificationException.class,
                () -> PairwiseMatrix.fromUpperTriangle(List.of("a", "a"), 2));
        assertMessageHas(dup, "'a'");
        assertThrows(CsiSpecificationException.class,
                () -> PairwiseMatrix.fromUpperTriangle(List.of("a", " "), 2));
        assertThrows(CsiSpecificationException.class,
                () -> PairwiseMatrix.of(List.of("a"), new double[][] {{1}}, -0.1));
        CsiSpecificationException unknown = assertThrows(CsiSpecificationException.class,
                () -> PairwiseMatrix.fromUpperTriangle(QPS, 3, 5, 2).get("quality", "parking"));
        assertMessageHas(unknown, "'parking'");
    }
}
