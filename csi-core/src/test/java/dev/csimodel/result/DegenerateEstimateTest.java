package dev.csimodel.result;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Degenerate estimates found by fuzzing, where a formula would divide by zero: each must give a
 * defined value or a named error, never NaN.
 */
class DegenerateEstimateTest {

    /** A perfect fit's R² is 1 up to rounding of r'R⁻¹r. */
    static final double R2_TOL = 1e-12;
    /** Normal vs t p-value at df ≈ 2.5e14: the difference is of order 1/df. */
    static final double P_TOL = 1e-9;

    static DataTable line() {
        // y = 2x + 1 exactly: the regression of B on A fits perfectly.
        double[] x = {1, 2, 4, 5, 7, 8, 9, 12, 13, 15};
        double[] y = IntStream.range(0, x.length).mapToDouble(i -> 2 * x[i] + 1).toArray();
        double[] z = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        return DataTable.ofColumns(List.of("x", "y", "z"), new double[][]{x, y, z});
    }

    @Test
    void aPerfectFitHasZeroStandardErrorInfiniteTAndNoNaN() {
        PathModel model = PathModel.builder().construct("A").modeA("x").construct("B").modeA("y")
                .construct("C").modeA("z").path("A", "B").path("B", "C").build();
        PlsResult r = PlsEstimator.withDefaults().estimate(model, line());
        Coefficient c = r.path("A", "B");
        assertEquals(1.0, r.rSquared("B").orElseThrow(), R2_TOL);
        assertEquals(0.0, c.stdError().orElseThrow(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, c.tValue().orElseThrow());
        assertEquals(0.0, c.pValue().orElseThrow(), 0.0);
        CsiEstimationException f = assertThrows(CsiEstimationException.class, () -> r.quality().fSquare("A", "B"));
        assertTrue(f.getMessage().contains("f² of A -> B is undefined: R² of 'B' is 1"), f.getMessage());
        CsiEstimationException aic = assertThrows(CsiEstimationException.class, () -> r.quality().aic("B"));
        assertTrue(aic.getMessage().contains("construct 'B'"), aic.getMessage());
        assertTrue(Double.isFinite(r.quality().aic("C")));
    }

    @Test
    void aBlockOfOppositeIndicatorsHasUndefinedReliability() {
        // x and y = −x: correlation −1, loadings +1 and −1, so (Σλ)² + Σ(1 − λ²) = 0.
        DataTable t = line();
        double[] x = t.column("x");
        DataTable opposite = t.withColumn("y", IntStream.range(0, x.length).mapToDouble(i -> -x[i]).toArray());
        PathModel model = PathModel.builder().construct("A").modeA("x", "y").construct("C").modeA("z")
                .path("A", "C").build();
        // All-ones start weights would make x + y = 0 a zero-variance composite; start at (1, −1).
        PlsResult r = new PlsEstimator(dev.csimodel.estimate.PlsSettings.defaults()
                .withStartWeights(java.util.Map.of("y", -1.0))).estimate(model, opposite);
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> r.quality().compositeReliability("A"));
        assertTrue(e.getMessage().contains("composite reliability of construct 'A' is undefined"), e.getMessage());
        assertThrows(CsiEstimationException.class, () -> r.quality().cronbachAlpha("A"));
        assertTrue(r.quality().indicatorVif("x").isEmpty());
        List<Diagnostic> dep = Diagnostics.ofKind(r, DiagnosticKind.DEPENDENT_INDICATORS);
        assertEquals(1, dep.size());
        assertEquals(List.of("x", "y"), dep.get(0).indicators());
    }

    @Test
    void hugeWeightsGiveNormalPValues() {
        DataTable bank = BankData.table();
        double[] w = new double[bank.rowCount()];
        java.util.Arrays.fill(w, 1e12);
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), bank.withColumn("w", w),
                DataHandling.defaults().withWeightColumn("w").withWeightKind(dev.csimodel.estimate.WeightKind.FREQUENCY));
        Coefficient c = r.path("IMAG", "EXPE");
        assertEquals(2.5e14, r.observations(), 1.0);
        assertEquals(2 * new NormalDistribution().cumulativeProbability(-Math.abs(c.tValue().orElseThrow())), c.pValue().orElseThrow(), P_TOL);
        assertTrue(Double.isFinite(c.tValue().orElseThrow()));
    }
}
