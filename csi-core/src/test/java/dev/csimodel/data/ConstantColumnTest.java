package dev.csimodel.data;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constant columns on a scale-free criterion, and after listwise deletion (issue #10 item 16). */
class ConstantColumnTest {

    private final DataTable bank = BankData.table();

    @Test
    void constancyIsRelativeToTheValuesMagnitude() {
        assertTrue(Moments.isConstant(new double[]{3, 3, 3}));
        assertTrue(Moments.isConstant(new double[]{0.1, 0.1 * (1 + 1e-15), 0.1}));
        assertTrue(Moments.isConstant(new double[]{0, 0}));
        assertFalse(Moments.isConstant(new double[]{1e-300, 2e-300, 3e-300}));
        assertFalse(Moments.isConstant(new double[]{1e300, -1e300}));
        assertFalse(Moments.isConstant(new double[]{1, Double.NaN, 2}));
    }

    @Test
    void aVaryingColumnNear1e300IsNotCalledConstant() {
        double[] x = bank.column("imag1");
        double[] tiny = Arrays.stream(x).map(v -> v * 1e-300).toArray();
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> Moments.of(bank.withColumn("imag1", tiny), List.of("imag1", "imag2")));
        assertFalse(e.getMessage().contains("zero variance"), e.getMessage());
        assertTrue(e.getMessage().contains("indicator 'imag1' has variance below 1e-300: its values vary"), e.getMessage());
        assertTrue(e.getMessage().contains("rescale it"), e.getMessage());
    }

    @Test
    void aTrulyConstantColumnIsCalledConstantAtAnyScale() {
        for (double c : new double[]{1e-300, 0.1, 7, 1e300}) {
            double[] x = new double[bank.rowCount()];
            Arrays.fill(x, c);
            CsiDataException e = assertThrows(CsiDataException.class,
                    () -> Moments.of(bank.withColumn("imag1", x), List.of("imag1", "imag2")));
            assertEquals("indicator 'imag1' has zero variance (constant column)", e.getMessage());
        }
    }

    @Test
    void constantMomentsAreJudgedRelativeToTheMean() {
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> new Moments(List.of("x"), 10, new double[]{0.1}, new double[]{1e-34}));
        assertTrue(e.getMessage().contains("indicator 'x' has zero variance"), e.getMessage());
        assertEquals(1e-34, new Moments(List.of("x"), 10, new double[]{1e-30}, new double[]{1e-34}).covariance(0, 0));
    }

    @Test
    void constantAfterListwiseDeletionSaysSo() {
        // sat1 is 10 wherever loy1 is observed; loy1 is missing elsewhere.
        double[] sat1 = bank.column("sat1");
        double[] loy1 = bank.column("loy1");
        int kept = 0;
        for (int i = 0; i < sat1.length; i++) {
            if (sat1[i] != 10) {
                loy1[i] = Double.NaN;
            } else {
                kept++;
            }
        }
        DataTable t = bank.withColumn("loy1", loy1);
        int rows = kept;
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), t, MissingStrategy.LISTWISE));
        assertEquals("indicator 'sat1' has zero variance: it is constant in the " + rows
                + " rows left after listwise deletion (of 250)", e.getMessage());
    }

    @Test
    void listwiseWithoutDeletionKeepsTheEstimate() {
        PlsResult r = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), bank, MissingStrategy.LISTWISE);
        assertEquals(250, r.observations(), 0);
    }
}
