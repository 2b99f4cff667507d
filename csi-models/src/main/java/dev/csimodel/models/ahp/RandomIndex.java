package dev.csimodel.models.ahp;

import dev.csimodel.CsiSpecificationException;

/**
 * Saaty's random consistency index RI(n): the mean consistency index of randomly generated
 * reciprocal matrices of order n with entries drawn from the 1/9..9 scale. Values for n = 1..15
 * as tabulated in Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill, ch. 1
 * (orders 1-11 from 500 matrices each, 12-15 from 100 each, which is why RI(12) = 1.48 is lower
 * than RI(11) = 1.51; the table is reproduced as published):
 *
 * <pre>
 *  n   1    2    3     4     5     6     7     8     9     10    11    12    13    14    15
 *  RI  0    0    0.58  0.90  1.12  1.24  1.32  1.41  1.45  1.49  1.51  1.48  1.56  1.57  1.59
 * </pre>
 */
public final class RandomIndex {

    /** The largest order the table covers. */
    public static final int MAX_ORDER = 15;

    private static final double[] RI = {
        0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
    };

    private RandomIndex() {
    }

    /**
     * @param n the order of the judgment matrix, 1 to {@value #MAX_ORDER}
     * @return RI(n) from Saaty's (1980) table
     * @throws CsiSpecificationException if n is outside 1..{@value #MAX_ORDER}
     */
    public static double of(int n) {
        if (n < 1 || n > MAX_ORDER) {
            throw new CsiSpecificationException("Saaty's random index is tabulated for 1 to "
                    + MAX_ORDER + " criteria, got " + n);
        }
        return RI[n - 1];
    }
}
