package dev.csimodel.segmentation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjusted Rand index of two partitions of the same rows (Hubert and Arabie 1985):
 * ARI = (Σ_ij C(n_ij,2) − [Σ_i C(a_i,2) Σ_j C(b_j,2)] / C(n,2)) /
 * (½[Σ_i C(a_i,2) + Σ_j C(b_j,2)] − [Σ_i C(a_i,2) Σ_j C(b_j,2)] / C(n,2)),
 * with n_ij the contingency table and a_i, b_j its margins. 1 for identical partitions (whatever
 * the labels), about 0 for independent ones.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    /**
     * @param a the first partition's label of each row
     * @param b the second partition's label of each row
     * @return the adjusted Rand index; 1 when both partitions put every row in one class
     * @throws CsiSpecificationException if the lengths differ or there are fewer than two rows
     */
    public static double between(int[] a, int[] b) {
        Arguments.requireNonNull(a, "a");
        Arguments.requireNonNull(b, "b");
        if (a.length != b.length || a.length < 2) {
            throw new CsiSpecificationException("the adjusted Rand index needs two partitions of the same "
                    + "two or more rows, got " + a.length + " and " + b.length);
        }
        Map<Long, Long> cells = new HashMap<>();
        Map<Integer, Long> rowsA = new HashMap<>();
        Map<Integer, Long> rowsB = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1L, Long::sum);
            rowsA.merge(a[i], 1L, Long::sum);
            rowsB.merge(b[i], 1L, Long::sum);
        }
        double index = pairs(cells);
        double sumA = pairs(rowsA);
        double sumB = pairs(rowsB);
        double expected = sumA * sumB / choose2(a.length);
        double max = (sumA + sumB) / 2;
        if (max == expected) {
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    private static double pairs(Map<?, Long> counts) {
        double s = 0;
        for (long c : counts.values()) {
            s += choose2(c);
        }
        return s;
    }

    private static double choose2(long n) {
        return n * (n - 1) / 2.0;
    }
}
