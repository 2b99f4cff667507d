package dev.csimodel.data;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.reference.BankData;
import dev.csimodel.reference.ResultComparison;
import dev.csimodel.result.Coefficient;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sampling weights (the default kind): normalised to the row count, scale-free, Kish n_eff. */
class SamplingWeightsTest {

    /** Same sums with every weight multiplied by a constant: rounding only. */
    static final double TOL = 1e-12;

    private static final DataTable BANK = BankData.table();
    private static final PathModel MODEL = BankData.model(OuterMode.A);

    private static double[] unequal() {
        double[] w = new double[BANK.rowCount()];
        for (int r = 0; r < w.length; r++) {
            w[r] = 0.5 + (r * 7 % 5);
        }
        return w;
    }

    private static PlsResult estimate(double[] w, DataHandling handling) {
        return PlsEstimator.withDefaults().estimate(MODEL, BANK.withColumn("w", w), handling.withWeightColumn("w"));
    }

    private static void assertSameInference(Coefficient expected, Coefficient actual) {
        assertEquals(expected.estimate(), actual.estimate(), TOL, "path");
        assertEquals(expected.stdError().orElseThrow(), actual.stdError().orElseThrow(), TOL, "standard error");
        assertEquals(expected.tValue().orElseThrow(), actual.tValue().orElseThrow(), 1e-9, "t");
        assertEquals(expected.pValue().orElseThrow(), actual.pValue().orElseThrow(), TOL, "p");
    }

    @Test
    void scalingAllWeightsByAConstantChangesNothing() {
        double[] w = unequal();
        double[] scaled = Arrays.stream(w).map(v -> v * 4000).toArray();
        PlsResult a = estimate(w, DataHandling.defaults());
        PlsResult b = estimate(scaled, DataHandling.defaults());
        ResultComparison.assertSameEstimate(a, b, TOL);
        assertEquals(BANK.rowCount(), a.observations(), TOL);
        assertEquals(BANK.rowCount(), b.observations(), TOL);
        assertSameInference(a.path("EXPE", "SAT"), b.path("EXPE", "SAT"));
    }

    @Test
    void expansionWeightsOf4000GiveTheUnweightedInference() {
        double[] w = new double[BANK.rowCount()];
        Arrays.fill(w, 4000);
        PlsResult plain = PlsEstimator.withDefaults().estimate(MODEL, BANK);
        PlsResult weighted = estimate(w, DataHandling.defaults());
        ResultComparison.assertSameEstimate(plain, weighted, TOL);
        assertEquals(250, weighted.observations(), TOL);
        for (String[] p : new String[][]{{"EXPE", "SAT"}, {"IMAG", "EXPE"}, {"VAL", "SAT"}}) {
            assertSameInference(plain.path(p[0], p[1]), weighted.path(p[0], p[1]));
        }
        // under frequency weights the same column claims a million observations
        PlsResult frequency = estimate(w, DataHandling.defaults().withWeightKind(WeightKind.FREQUENCY));
        assertEquals(1_000_000, frequency.observations(), 0.0);
        assertTrue(frequency.path("EXPE", "SAT").stdError().orElseThrow()
                < plain.path("EXPE", "SAT").stdError().orElseThrow() / 50);
    }

    @Test
    void listwiseSamplingWeightsSumToTheCompleteRows() {
        double[] x = BANK.column("loy2");
        x[1] = Double.NaN;
        x[7] = Double.NaN;
        DataTable t = BANK.withColumn("loy2", x).withColumn("w", unequal());
        PlsResult r = PlsEstimator.withDefaults().estimate(MODEL, t,
                new DataHandling(MissingStrategy.LISTWISE, "w"));
        assertEquals(248, r.observations(), TOL);
    }

    @Test
    void kishEffectiveSampleSize() {
        assertEquals(4.0, WeightedMoments.kishEffectiveSize(new double[]{3, 3, 3, 3}), TOL);
        // (1+1+2)^2 / (1+1+4) = 16/6
        assertEquals(16.0 / 6.0, WeightedMoments.kishEffectiveSize(new double[]{1, 1, 2}), TOL);
        assertEquals(16.0 / 6.0, WeightedMoments.kishEffectiveSize(new double[]{1000, 1000, 2000}), TOL);
        double[] n = WeightedMoments.normalised(new double[]{1, 1, 2});
        assertEquals(0.75, n[0], TOL);
        assertEquals(1.5, n[2], TOL);
    }

    @Test
    void weightKindMustBeGiven() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> DataHandling.defaults().withWeightKind(null));
        assertTrue(e.getMessage().contains("'weightKind'"), e.getMessage());
    }
}
