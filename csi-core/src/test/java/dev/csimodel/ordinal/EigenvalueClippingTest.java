package dev.csimodel.ordinal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EigenvalueClippingTest {

    /**
     * Three variables with equal correlations r = −0.9: eigenvalues 1 + 2r = −0.8 (vector
     * (1,1,1)/√3) and 1 − r twice. Clipping adds d = (ε − (1 + 2r))/3 to every entry, so the
     * rescaled correlation is (r + d)/(1 + d), which tends to −1/2 (the boundary of the
     * positive semi-definite equicorrelation matrices) as ε → 0.
     */
    @Test
    void equicorrelatedMatrixByHand() {
        double r = -0.9;
        double[] m = {1, r, r, r, 1, r, r, r, 1};
        assertEquals(1 + 2 * r, EigenvalueClipping.smallestEigenvalue(m, 3), 1e-12);
        double d = (EigenvalueClipping.FLOOR - (1 + 2 * r)) / 3;
        double[] s = EigenvalueClipping.smooth(m, 3);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1.0 : (r + d) / (1 + d), s[i * 3 + j], 1e-12, i + "," + j);
            }
        }
        assertEquals(-0.5, s[1], 1e-6);
        double smallest = EigenvalueClipping.smallestEigenvalue(s, 3);
        assertTrue(smallest > 0 && smallest >= EigenvalueClipping.FLOOR / (1 + d) - 1e-12, "smallest " + smallest);
    }
}
