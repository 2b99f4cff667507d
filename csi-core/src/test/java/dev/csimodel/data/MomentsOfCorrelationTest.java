package dev.csimodel.data;

import dev.csimodel.CsiDataException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Moments#ofCorrelation}: moments of standardised variables that have no means. */
class MomentsOfCorrelationTest {

    private static final List<String> NAMES = List.of("x", "y", "z");
    private static final double[] R = {1, 0.5, -0.2, 0.5, 1, 0.3, -0.2, 0.3, 1};

    @Test
    void holdsTheMatrixAsUnitVarianceMomentsWithoutMeans() {
        Moments m = Moments.ofCorrelation(NAMES, 250, R);
        assertArrayEquals(R, m.correlationMatrix(), 0);
        assertArrayEquals(R, m.covarianceMatrix(), 0);
        assertEquals(1.0, m.sd(2), 0);
        assertEquals(250, m.observations(), 0);
        assertFalse(m.hasMeans());
        assertTrue(m.minimum("x").isEmpty());
        CsiDataException e = assertThrows(CsiDataException.class, () -> m.mean(1));
        assertTrue(e.getMessage().contains("'y'"), e.getMessage());
        assertThrows(CsiDataException.class, m::means);
        Moments zx = m.select(List.of("z", "x"));
        assertFalse(zx.hasMeans());
        assertEquals(-0.2, zx.correlation(0, 1), 0);
        assertTrue(Moments.of(DataTable.ofRows(List.of("a"), new double[][] {{1}, {2}}), List.of("a")).hasMeans());
    }

    @Test
    void refusesWhatIsNoCorrelationMatrixNamingThePair() {
        double[] asymmetric = R.clone();
        asymmetric[1] = 0.4;
        CsiDataException e = assertThrows(CsiDataException.class, () -> Moments.ofCorrelation(NAMES, 10, asymmetric));
        assertTrue(e.getMessage().contains("'x' and 'y'"), e.getMessage());
        double[] diagonal = R.clone();
        diagonal[4] = 0.99;
        assertThrows(CsiDataException.class, () -> Moments.ofCorrelation(NAMES, 10, diagonal));
        double[] beyond = R.clone();
        beyond[2] = -1.2;
        beyond[6] = -1.2;
        assertThrows(CsiDataException.class, () -> Moments.ofCorrelation(NAMES, 10, beyond));
        assertThrows(CsiDataException.class, () -> Moments.ofCorrelation(NAMES, 10, new double[4]));
        assertThrows(CsiDataException.class, () -> Moments.ofCorrelation(NAMES, 1, R));
    }
}
