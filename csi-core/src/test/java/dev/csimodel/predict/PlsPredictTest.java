package dev.csimodel.predict;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlsPredictTest {

    /** Closed-form arithmetic reproduced by the engine: only rounding separates them. */
    static final double EXACT_TOL = 1e-12;
    /** PLS and OLS reach the same single-indicator fit by different algebra. */
    static final double SAME_FIT_TOL = 1e-10;

    static final PathModel BANK = BankData.model(OuterMode.A);
    static DataTable bank;
    static PredictionResult bankResult;

    @BeforeAll
    static void load() {
        bank = BankData.table();
        bankResult = new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withFolds(10)).run(BANK, bank);
    }

    static PathModel singleIndicators() {
        return PathModel.builder().construct("X").modeA("x").construct("Y").modeA("y").path("X", "Y").build();
    }

    @Test
    void leaveOneOutByHand() {
        // x = 1 2 3 4, y = 1 3 2 4; folds = n = 4 is leave-one-out whatever the shuffle.
        // Single indicators: weight 1, loading 1, so the PLS prediction is the OLS line of y on x
        // through the other three rows:
        //   row 1 out: x̄=3,  ȳ=3,  b=Sxy/Sxx=1/2,          ŷ=3+½(1−3)=2,         e=1−2=−1
        //   row 2 out: x̄=8/3, ȳ=7/3, b=(13/3)/(14/3)=13/14, ŷ=7/3−13/21=12/7,     e=3−12/7=9/7
        //   row 3 out: x̄=7/3, ȳ=8/3, b=13/14,              ŷ=8/3+13/21=23/7,     e=2−23/7=−9/7
        //   row 4 out: x̄=2,  ȳ=2,  b=1/2,                  ŷ=2+½·2=3,            e=4−3=1
        // SSE = 2 + 162/49 = 260/49, RMSE = sqrt(65/49), MAE = (2 + 18/7)/4 = 8/7.
        // Naive (mean of the other rows): e = 1−3, 3−7/3, 2−8/3, 4−2 → SS = 8 + 8/9 = 80/9,
        // Q² = 1 − (260/49)/(80/9) = 1 − 117/196 = 79/196.
        DataTable t = DataTable.ofRows(List.of("x", "y"), new double[][]{{1, 1}, {2, 3}, {3, 2}, {4, 4}});
        IndicatorPrediction p = new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withFolds(4))
                .run(singleIndicators(), t).indicator("y");
        assertEquals(Math.sqrt(65.0 / 49), p.rmse(), EXACT_TOL);
        assertEquals(8.0 / 7, p.mae(), EXACT_TOL);
        assertEquals(79.0 / 196, p.q2predict(), EXACT_TOL);
        assertEquals(p.rmse(), p.lmRmse(), SAME_FIT_TOL, "LM on x is the same OLS line");
        assertEquals(p.q2predict(), p.lmQ2predict(), SAME_FIT_TOL);
    }

    @Test
    void singleIndicatorPlsEqualsLinearBenchmark() {
        // With one indicator per construct both predictions are the training OLS line of y on x.
        DataTable t = bank.select(List.of("imag1", "sat1"));
        PathModel m = PathModel.builder().construct("X").modeA("imag1").construct("Y").modeA("sat1").path("X", "Y").build();
        for (PredictionTechnique tech : PredictionTechnique.values()) {
            IndicatorPrediction p = new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withTechnique(tech))
                    .run(m, t).indicator("sat1");
            assertEquals(p.lmRmse(), p.rmse(), SAME_FIT_TOL, tech.name());
            assertEquals(p.lmMae(), p.mae(), SAME_FIT_TOL, tech.name());
            assertEquals(p.lmQ2predict(), p.q2predict(), SAME_FIT_TOL, tech.name());
        }
    }

    @Test
    void exactLinearRelationIsPredictedWithoutError() {
        // y = 2x + 1 exactly: correlation 1, so every holdout row is predicted exactly and Q² = 1.
        double[][] rows = new double[20][];
        for (int i = 0; i < rows.length; i++) {
            double x = (i * 7) % 11;
            rows[i] = new double[]{x, 2 * x + 1};
        }
        IndicatorPrediction p = new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withFolds(5))
                .run(singleIndicators(), DataTable.ofRows(List.of("x", "y"), rows)).indicator("y");
        assertEquals(0.0, p.rmse(), 1e-9);
        assertEquals(1.0, p.q2predict(), 1e-9);
    }

    @Test
    void bankIndicatorsArePredictedBetterThanTheTrainingMean() {
        assertEquals(22, bankResult.indicators().size(), "27 indicators minus 5 of exogenous IMAG");
        for (IndicatorPrediction p : bankResult.all()) {
            assertTrue(p.q2predict() > 0 && p.q2predict() < 1, p.toString());
            assertTrue(p.lmQ2predict() < 1, p.toString());
            assertTrue(p.rmse() >= p.mae() && p.mae() > 0, "RMSE ≥ MAE by Jensen: " + p);
        }
        assertEquals(List.of("sat1", "sat2", "sat3", "sat4"),
                bankResult.construct("SAT").stream().map(IndicatorPrediction::indicator).toList());
    }

    @Test
    void sameSeedSameResultOtherSeedOtherFolds() {
        PlsPredict again = new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withFolds(10));
        assertEquals(bankResult.all(), again.run(BANK, bank).all());
        PlsPredict other = new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withFolds(10).withSeed(99));
        assertNotEquals(bankResult.indicator("loy1").rmse(), other.run(BANK, bank).indicator("loy1").rmse());
    }

    @Test
    void repetitionsAverageTheSingleRuns() {
        // Repetition r draws its folds from seed + r·0x9E3779B97F4A7C15, so two repetitions from
        // seed 5 are the single runs from seeds 5 and 5 + 0x9E3779B97F4A7C15, averaged.
        PredictionSettings s = PredictionSettings.defaults().withFolds(5).withSeed(5);
        PredictionResult two = new PlsPredict(PlsSettings.defaults(), s.withRepetitions(2)).run(BANK, bank);
        PredictionResult a = new PlsPredict(PlsSettings.defaults(), s).run(BANK, bank);
        PredictionResult b = new PlsPredict(PlsSettings.defaults(), s.withSeed(5 + 0x9E3779B97F4A7C15L)).run(BANK, bank);
        for (String item : two.indicators()) {
            assertEquals((a.indicator(item).rmse() + b.indicator(item).rmse()) / 2, two.indicator(item).rmse(), EXACT_TOL);
            assertEquals((a.indicator(item).lmQ2predict() + b.indicator(item).lmQ2predict()) / 2,
                    two.indicator(item).lmQ2predict(), EXACT_TOL);
        }
    }

    @Test
    void earliestAntecedentsUseOnlyImageForTheBank() {
        // IMAG is the only exogenous construct; EA predicts every endogenous indicator from the
        // image items alone, so it cannot predict loyalty as well as DA, which uses SAT's items.
        PredictionResult ea = new PlsPredict(PlsSettings.defaults(),
                PredictionSettings.defaults().withTechnique(PredictionTechnique.EARLIEST_ANTECEDENTS)).run(BANK, bank);
        assertTrue(ea.indicator("loy1").rmse() > bankResult.indicator("loy1").rmse());
        // EXPE's only antecedent is IMAG: DA and EA coincide there.
        assertEquals(bankResult.indicator("expe1").rmse(), ea.indicator("expe1").rmse(), SAME_FIT_TOL);
        assertEquals(bankResult.indicator("expe1").lmRmse(), ea.indicator("expe1").lmRmse(), SAME_FIT_TOL);
    }

    @Test
    void foldsAreBalancedAndSeeded() {
        int[] fold = PlsPredict.assignFolds(23, 5, 42, 0);
        int[] size = new int[5];
        for (int f : fold) {
            size[f]++;
        }
        // 23 = 5·4 + 3: three folds of 5 rows, two of 4.
        assertEquals(List.of(5, 5, 5, 4, 4), java.util.Arrays.stream(size).boxed().sorted((x, y) -> y - x).toList());
        assertEquals(java.util.Arrays.toString(fold), java.util.Arrays.toString(PlsPredict.assignFolds(23, 5, 42, 0)));
        assertNotEquals(java.util.Arrays.toString(fold), java.util.Arrays.toString(PlsPredict.assignFolds(23, 5, 42, 1)));
    }

    @Test
    void collinearBenchmarkPredictorsAreNamed() {
        // imag2 duplicated as a second IMAG indicator: PLS Mode A copes (it never inverts the
        // block), but the LM benchmark's predictor covariance is singular.
        DataTable t = bank.withColumn("imag2copy", bank.column("imag2"));
        PathModel m = PathModel.builder().construct("IMAG").modeA("imag1", "imag2", "imag2copy")
                .construct("SAT").modeA("sat1", "sat2").path("IMAG", "SAT").build();
        CsiEstimationException e = assertThrows(CsiEstimationException.class,
                () -> new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withFolds(5)).run(m, t));
        assertTrue(e.getMessage().contains("'SAT'") && e.getMessage().contains("collinear")
                && e.getMessage().contains("fold 1 of 5"), e.getMessage());
    }

    @Test
    void foldThatCannotBeEstimatedIsNamed() {
        // sat1 is 5 everywhere but row 0: the training rows of row 0's fold hold a constant sat1.
        double[] sat1 = new double[bank.rowCount()];
        java.util.Arrays.fill(sat1, 5);
        sat1[0] = 6;
        DataTable t = bank.withColumn("sat1", sat1);
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withFolds(5)).run(BANK, t));
        assertTrue(e.getMessage().contains("sat1") && e.getMessage().contains("repetition 1, fold"), e.getMessage());
    }

    @Test
    void badSettingsAreRejected() {
        assertTrue(assertThrows(CsiSpecificationException.class, () -> PredictionSettings.defaults().withFolds(1))
                .getMessage().contains("folds"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> PredictionSettings.defaults().withRepetitions(0))
                .getMessage().contains("repetitions"));
        assertThrows(CsiSpecificationException.class, () -> PredictionSettings.defaults().withTechnique(null));
        DataTable small = bank.rows(new int[]{0, 1, 2, 3, 4});
        assertTrue(assertThrows(CsiSpecificationException.class, () -> PlsPredict.withDefaults().run(BANK, small))
                .getMessage().contains("10 folds for only 5 rows"));
        PathModel lonely = PathModel.builder().construct("IMAG").modeA("imag1", "imag2").build();
        assertTrue(assertThrows(CsiSpecificationException.class, () -> PlsPredict.withDefaults().run(lonely, bank))
                .getMessage().contains("no endogenous"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> bankResult.indicator("imag1"))
                .getMessage().contains("imag1"));
        assertTrue(assertThrows(CsiSpecificationException.class, () -> bankResult.construct("IMAG"))
                .getMessage().contains("IMAG"));
    }
}
