package dev.csimodel.ordinal;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.result.DiagnosticKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorCorrelationsTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    /**
     * Ten rows of three binary items whose pairwise tetrachorics (0.990, −0.990, 0.398) no
     * correlation matrix can have: a = 1 implies b = 1, and b = 0 implies c = 1, yet a and c are
     * positively related.
     */
    private static final double[][] INCONSISTENT = {
        {0, 0, 1}, {0, 0, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}, {1, 1, 0}, {0, 1, 1}};

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefusedNamingItsSmallestEigenvalue() {
        NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class,
                () -> IndicatorCorrelations.estimate(DataTable.ofRows(ABC, INCONSISTENT), ABC,
                        OrdinalSettings.allIndicators()));
        assertTrue(e.smallestEigenvalue() < -0.5, "smallest " + e.smallestEigenvalue());
        assertTrue(e.getMessage().contains("polychoric") && e.getMessage().contains("smallest eigenvalue "
                + e.smallestEigenvalue()), e.getMessage());
    }

    @Test
    void smoothingOnRequestGivesAPositiveDefiniteCorrelationMatrixAndSaysSo() {
        IndicatorCorrelations c = IndicatorCorrelations.estimate(DataTable.ofRows(ABC, INCONSISTENT), ABC,
                OrdinalSettings.allIndicators().withSmoothing(true));
        assertTrue(c.smoothed());
        assertTrue(c.smallestEigenvalue() < 0);
        double[] m = c.moments().correlationMatrix();
        assertTrue(EigenvalueClipping.smallestEigenvalue(m, 3) > 0);
        for (String a : ABC) {
            assertEquals(1.0, c.correlation(a, a), 0);
            for (String b : ABC) {
                assertEquals(c.correlation(a, b), c.correlation(b, a), 0);
            }
        }
        assertEquals(0.9895, c.estimatedCorrelation("a", "b"), 1e-4);
        assertTrue(c.correlation("a", "b") < c.estimatedCorrelation("a", "b"));
        var smoothing = c.diagnostics().stream()
                .filter(d -> d.kind() == DiagnosticKind.INDICATOR_CORRELATIONS_SMOOTHED).toList();
        assertEquals(1, smoothing.size());
        assertEquals(c.smallestEigenvalue(), smoothing.get(0).value(), 0);
        // a-b and b-c have empty corners their margins allow: both flat up to the bound
        assertEquals(List.of(List.of("a", "b"), List.of("b", "c")), c.diagnostics().stream()
                .filter(d -> d.kind() == DiagnosticKind.INDICATOR_CORRELATION_AT_BOUND).map(d -> d.indicators()).toList());
    }

    /**
     * Two ordinal and two continuous indicators: each pair gets its estimator, and the
     * continuous pair is their Pearson correlation.
     */
    @Test
    void mixedIndicatorsGetPolychoricPolyserialAndPearson() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] z1 = OrdinalSimulation.bivariate(400, 0.5, random);
        double[][] z2 = OrdinalSimulation.bivariate(400, 0.4, random);
        double[][] columns = {OrdinalSimulation.discretise(z1[0], new double[] {-0.5, 0.5}),
            OrdinalSimulation.discretise(z1[1], new double[] {0}), z2[0], z2[1]};
        List<String> names = List.of("o1", "o2", "x1", "x2");
        IndicatorCorrelations c = IndicatorCorrelations.estimate(DataTable.ofColumns(names, columns), names,
                OrdinalSettings.indicators("o1", "o2"));
        assertEquals(CorrelationKind.POLYCHORIC, c.kind("o1", "o2"));
        assertEquals(CorrelationKind.POLYSERIAL, c.kind("x1", "o2"));
        assertEquals(CorrelationKind.POLYSERIAL, c.kind("o1", "x2"));
        assertEquals(CorrelationKind.PEARSON, c.kind("x1", "x2"));
        assertEquals(Set.of(CorrelationKind.values()), c.kinds());
        Moments pearson = Moments.of(DataTable.ofColumns(names, columns), names);
        assertEquals(pearson.correlation(2, 3), c.correlation("x1", "x2"), 1e-14);
        assertEquals(Polyserial.estimate(columns[2], c.ordinal("o2").orElseThrow().codes(columns[1]),
                c.ordinal("o2").orElseThrow()), c.correlation("o2", "x1"), 0);
        assertTrue(c.ordinal("x1").isEmpty());
        assertEquals(1, c.ordinal("o2").orElseThrow().thresholds().size());
        assertFalse(c.smoothed());
        assertThrows(CsiSpecificationException.class, () -> c.kind("o1", "o1"));
    }

    /**
     * x = 1 only where y = 1 (the table's corner x = 1, y = 0 is empty) and the thresholds allow
     * it (x has more zeros than y): at ρ = 1 the cell probabilities equal the observed shares, and
     * the likelihood is flat to rounding from about 0.99 on, so the estimate is anywhere there and
     * a warning names the pair.
     */
    @Test
    void aCorrelationAtTheBoundIsReportedNamingThePair() {
        List<String> xy = List.of("x", "y");
        double[][] rows = {{0, 0}, {0, 1}, {0, 1}, {1, 1}, {1, 1}};
        IndicatorCorrelations c = IndicatorCorrelations.estimate(DataTable.ofRows(xy, rows), xy,
                OrdinalSettings.allIndicators());
        assertTrue(c.correlation("x", "y") > 0.98, "estimate " + c.correlation("x", "y"));
        assertEquals(1, c.diagnostics().size());
        assertEquals(DiagnosticKind.INDICATOR_CORRELATION_AT_BOUND, c.diagnostics().get(0).kind());
        assertEquals(xy, c.diagnostics().get(0).indicators());
        assertFalse(c.smoothed());
    }

    @Test
    void declaringANonIndicatorOrdinalIsRefusedByName() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> IndicatorCorrelations.estimate(DataTable.ofRows(ABC, INCONSISTENT), ABC,
                        OrdinalSettings.indicators("a", "gender")));
        assertTrue(e.getMessage().contains("'gender'"), e.getMessage());
    }

    @Test
    void aConstantContinuousIndicatorIsRefusedByName() {
        double[][] rows = {{1, 5, 2}, {2, 5, 1}, {1, 5, 3}};
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> IndicatorCorrelations.estimate(DataTable.ofRows(ABC, rows), ABC, OrdinalSettings.indicators("a")));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    }
}
