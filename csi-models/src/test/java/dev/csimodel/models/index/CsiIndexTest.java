package dev.csimodel.models.index;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.models.Bank;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsiIndexTest {

    private static final double INDEX_TOLERANCE = 1e-6;
    private static final double SCORE_TOLERANCE = 1e-6;
    private static final double IDENTITY_TOLERANCE = 1e-9;
    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);

    private static PlsResult fit(InnerScheme scheme, DataTable data) {
        return new PlsEstimator(PlsSettings.defaults().withScheme(scheme)).estimate(BundledData.ecsiBankModel(), data);
    }

    @Test
    void reproducesPlspmIndicesForThreeSchemes() {
        DataTable bank = Bank.indicators();
        List<List<String>> ref = Bank.csv("/satisfaction/reference/plspm_sat_index_0_100.csv");
        int checked = 0;
        for (List<String> row : ref.subList(1, ref.size())) {
            InnerScheme scheme = InnerScheme.valueOf(row.get(0).toUpperCase(Locale.ROOT));
            PlsResult fit = fit(scheme, bank);
            double expected = Double.parseDouble(row.get(2));
            assertEquals(expected, CsiIndex.of(fit, ZERO_TEN).requireIndex(row.get(1)), INDEX_TOLERANCE, row.toString());
            assertEquals(expected, CsiIndex.of(fit, ZERO_TEN, bank).requireIndex(row.get(1)), INDEX_TOLERANCE, row.toString());
            checked++;
        }
        assertEquals(18, checked);
    }

    @Test
    void respondentScoresAverageToTheIndexAndMatchCoreRescaledScores() {
        DataTable bank = Bank.indicators();
        PlsResult fit = fit(InnerScheme.PATH, bank);
        CsiIndex idx = CsiIndex.of(fit, ZERO_TEN, bank);
        ConstructScores rs = idx.respondents().orElseThrow();
        for (String c : idx.constructs()) {
            double[] s = rs.column(c);
            double mean = 0;
            for (double v : s) {
                mean += v / s.length;
            }
            assertEquals(idx.requireIndex(c), mean, IDENTITY_TOLERANCE, c);
            // on a 0-10 scale the 0-100 score is ten times the core's weighted mean of the items
            double[] core = fit.rescaledScores().column(c);
            for (int r = 0; r < s.length; r++) {
                assertEquals(10 * core[r], s[r], IDENTITY_TOLERANCE, c + " row " + r);
            }
        }
    }

    @Test
    void centredFitReproducesPlspmRescaledScores() {
        DataTable bank = Bank.indicators();
        PlsResult fit = new PlsEstimator(PlsSettings.defaults().withScaling(Scaling.CENTRED))
                .estimate(BundledData.ecsiBankModel(), bank);
        ConstructScores rs = CsiIndex.of(fit, ZERO_TEN, bank).respondents().orElseThrow();
        List<List<String>> ref = Bank.csv("/satisfaction/reference/plspm_sat_rescaled_scores.csv");
        List<String> header = ref.get(0);
        for (int r = 1; r < ref.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                // plspm's rescale() is on the 0-10 item scale, ours on 0-100
                assertEquals(Double.parseDouble(ref.get(r).get(c)), rs.value(r - 1, header.get(c)) / 10,
                        SCORE_TOLERANCE, header.get(c) + " row " + r);
            }
        }
    }

    @Test
    void indexDoesNotDependOnHowAnItemScaleIsCoded() {
        // loy1 recoded from 0-10 to 1-5 by y = 1 + 0.4 x: standardised weights are unchanged and
        // (y - 1) / 4 = x / 10, so every index must be identical when the new scale is declared
        DataTable bank = Bank.indicators();
        double[] loy1 = bank.column("loy1");
        for (int r = 0; r < loy1.length; r++) {
            loy1[r] = 1 + 0.4 * loy1[r];
        }
        DataTable recoded = bank.withColumn("loy1", loy1);
        PlsResult a = fit(InnerScheme.PATH, bank);
        PlsResult b = fit(InnerScheme.PATH, recoded);
        IndicatorScales mixed = ZERO_TEN.with("loy1", Scale.of(1, 5));
        assertEquals(CsiIndex.of(a, ZERO_TEN).requireIndex("LOY"), CsiIndex.of(b, mixed).requireIndex("LOY"), IDENTITY_TOLERANCE);
        assertEquals(CsiIndex.of(a, ZERO_TEN).indicatorPerformance("loy1"),
                CsiIndex.of(b, mixed, recoded).indicatorPerformance("loy1"), IDENTITY_TOLERANCE);
    }

    @Test
    void singleIndicatorBlocksGiveTheRescaledMeanByHand() {
        // x = 1,2,3,4 on 1-5: mean 2.5, (2.5 - 1) / 4 * 100 = 37.5
        // y = 2,4,5,9 on 0-10: mean 5, (5 - 0) / 10 * 100 = 50
        DataTable t = DataTable.ofColumns(List.of("x", "y"), new double[][]{{1, 2, 3, 4}, {2, 4, 5, 9}});
        PathModel m = PathModel.builder().construct("X").modeA("x").construct("Y").modeA("y").path("X", "Y").build();
        PlsResult fit = PlsEstimator.withDefaults().estimate(m, t);
        IndicatorScales s = IndicatorScales.uniform(Scale.ZERO_TO_TEN).with("x", Scale.of(1, 5));
        CsiIndex idx = CsiIndex.of(fit, s, t);
        assertEquals(37.5, idx.requireIndex("X"), IDENTITY_TOLERANCE);
        assertEquals(50.0, idx.requireIndex("Y"), IDENTITY_TOLERANCE);
        // respondent 4: (4 - 1) / 4 * 100 = 75 and 9 / 10 * 100 = 90
        assertEquals(75.0, idx.respondents().orElseThrow().value(3, "X"), IDENTITY_TOLERANCE);
        assertEquals(90.0, idx.respondents().orElseThrow().value(3, "Y"), IDENTITY_TOLERANCE);
    }

    @Test
    void nonPositiveWeightLeavesThatIndexUndefinedNamingTheIndicator() {
        // reversing loy2 (10 - x) makes it correlate negatively with the other loyalty items
        DataTable bank = Bank.indicators();
        double[] loy2 = bank.column("loy2");
        for (int r = 0; r < loy2.length; r++) {
            loy2[r] = 10 - loy2[r];
        }
        PlsResult fit = fit(InnerScheme.PATH, bank.withColumn("loy2", loy2));
        assertTrue(fit.outerWeight("loy2") < 0);
        CsiIndex idx = CsiIndex.of(fit, ZERO_TEN);
        assertTrue(idx.index("LOY").isEmpty());
        assertEquals(List.of(new UndefinedIndex("LOY", "loy2", idx.undefined().get(0).reason())), idx.undefined());
        assertTrue(idx.index("SAT").isPresent());
        CsiEstimationException e = assertThrows(CsiEstimationException.class, () -> idx.requireIndex("LOY"));
        assertTrue(e.getMessage().contains("'loy2'") && e.getMessage().contains("'LOY'"), e.getMessage());
        assertThrows(CsiEstimationException.class, idx::requireAllDefined);
        assertThrows(CsiEstimationException.class, () -> IndexWeights.of(fit, ZERO_TEN));
        CsiIndex rows = CsiIndex.of(fit, ZERO_TEN, bank.withColumn("loy2", loy2));
        assertTrue(rows.index("LOY").isEmpty());
        assertEquals(idx.requireIndex("SAT"), rows.requireIndex("SAT"), IDENTITY_TOLERANCE);
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL", "SAT"), rows.respondents().orElseThrow().constructs());
    }

    @Test
    void extremeValueOfTheMomentsIsCheckedAgainstTheScale() {
        // the bank survey has zeros: its means (about 7) lie within 1-10, its minima do not
        PlsResult fit = fit(InnerScheme.PATH, Bank.indicators());
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> CsiIndex.of(fit, IndicatorScales.uniform(Scale.ONE_TO_TEN)));
        assertTrue(e.getMessage().contains("'imag1'") && e.getMessage().contains("value 0.0")
                && e.getMessage().contains("[1.0, 10.0]"), e.getMessage());
        DataTable bank = Bank.indicators();
        double[] sat3 = bank.column("sat3");
        sat3[16] = 99;
        PlsResult high = fit(InnerScheme.PATH, bank.withColumn("sat3", sat3));
        CsiDataException h = assertThrows(CsiDataException.class, () -> CsiIndex.of(high, ZERO_TEN));
        assertTrue(h.getMessage().contains("'sat3'") && h.getMessage().contains("value 99.0"), h.getMessage());
    }

    @Test
    void valueOutsideItsScaleIsNamedWithItsRow() {
        DataTable bank = Bank.indicators();
        double[] sat3 = bank.column("sat3");
        sat3[16] = 11;
        DataTable bad = bank.withColumn("sat3", sat3);
        PlsResult fit = fit(InnerScheme.PATH, bank);
        CsiDataException e = assertThrows(CsiDataException.class, () -> CsiIndex.of(fit, ZERO_TEN, bad));
        assertTrue(e.getMessage().contains("'sat3'") && e.getMessage().contains("row 17"), e.getMessage());
        // the bank survey has zeros, so declaring 1-10 is caught too
        CsiDataException one = assertThrows(CsiDataException.class,
                () -> CsiIndex.of(fit, IndicatorScales.uniform(Scale.ONE_TO_TEN), bank));
        assertTrue(one.getMessage().contains("row "), one.getMessage());
    }

    @Test
    void meanOutsideItsScaleIsNamed() {
        PlsResult fit = fit(InnerScheme.PATH, Bank.indicators());
        // the bank means are around 7-8, above a declared 1-5 scale
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> CsiIndex.of(fit, ZERO_TEN.with("imag1", Scale.of(1, 5))));
        assertTrue(e.getMessage().contains("'imag1'"), e.getMessage());
    }

    @Test
    void invalidScalesAreRejected() {
        assertThrows(CsiSpecificationException.class, () -> Scale.of(5, 5));
        assertThrows(CsiSpecificationException.class, () -> Scale.of(10, 1));
        assertThrows(CsiSpecificationException.class, () -> Scale.of(0, Double.NaN));
        PlsResult fit = fit(InnerScheme.PATH, Bank.indicators());
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> CsiIndex.of(fit, IndicatorScales.of(java.util.Map.of("imag1", Scale.ZERO_TO_TEN))));
        assertTrue(e.getMessage().contains("'imag2'"), e.getMessage());
    }

    @Test
    void indexWeightsSumToOnePerBlock() {
        IndexWeights w = IndexWeights.of(fit(InnerScheme.PATH, Bank.indicators()), ZERO_TEN);
        double sum = 0;
        for (String i : Bank.items("sat", 4)) {
            assertTrue(w.weight(i) > 0);
            sum += w.weight(i);
        }
        assertEquals(1.0, sum, IDENTITY_TOLERANCE);
    }
}
