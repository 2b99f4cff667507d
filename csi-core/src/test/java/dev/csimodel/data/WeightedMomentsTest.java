package dev.csimodel.data;

import dev.csimodel.CsiDataException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.data.missing.MissingValues;
import dev.csimodel.estimate.DataHandling;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.WeightKind;
import dev.csimodel.reference.BankData;
import dev.csimodel.reference.ResultComparison;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weighted PLS: weighted moments, frequency-weight semantics, validation of the weight column. */
class WeightedMomentsTest {

    /** Integer weights against duplicated rows: same sums in a different order. */
    static final double DUPLICATION_TOL = 1e-12;
    /** Hand-computed moments with exact binary fractions. */
    static final double HAND_TOL = 1e-15;
    /** Scores are sums over 250 rows of products. */
    static final double SCORE_MOMENT_TOL = 1e-12;

    static DataTable bank;
    static PathModel model;

    @BeforeAll
    static void load() {
        bank = BankData.table();
        model = BankData.model(OuterMode.A);
    }

    /** Weight of row r: 1, 2, 3, 0, 1, 2, 3, 0, ... (a zero weight drops the row). */
    static double weight(int r) {
        return r % 4 == 3 ? 0 : 1 + r % 4;
    }

    @Test
    void handComputedWeightedMoments() {
        // x = (1, 2, 4), y = (0, 1, 1), w = (1, 2, 1), Σw = 4
        // mean x = (1 + 4 + 4)/4 = 2.25; mean y = (0 + 2 + 1)/4 = 0.75
        // var x = (1.5625 + 2·0.0625 + 3.0625)/4 = 4.75/4 = 1.1875
        // var y = (0.5625 + 2·0.0625 + 0.0625)/4 = 0.75/4 = 0.1875
        // cov = (1·(−1.25)(−0.75) + 2·(−0.25)(0.25) + 1·(1.75)(0.25))/4 = (0.9375 − 0.125 + 0.4375)/4 = 0.3125
        DataTable t = DataTable.ofRows(List.of("x", "y"), new double[][]{{1, 0}, {2, 1}, {4, 1}});
        Moments m = WeightedMoments.of(t, List.of("x", "y"), new double[]{1, 2, 1});
        assertEquals(4, m.observations(), HAND_TOL);
        assertEquals(2.25, m.mean(0), HAND_TOL);
        assertEquals(0.75, m.mean(1), HAND_TOL);
        assertEquals(1.1875, m.covariance(0, 0), HAND_TOL);
        assertEquals(0.1875, m.covariance(1, 1), HAND_TOL);
        assertEquals(0.3125, m.covariance(0, 1), HAND_TOL);
    }

    @Test
    void integerWeightsEqualDuplicatedRows() {
        List<Integer> copies = new ArrayList<>();
        double[] w = new double[bank.rowCount()];
        for (int r = 0; r < w.length; r++) {
            w[r] = weight(r);
            for (int c = 0; c < w[r]; c++) {
                copies.add(r);
            }
        }
        DataTable duplicated = bank.rows(copies.stream().mapToInt(Integer::intValue).toArray());
        PlsResult expected = PlsEstimator.withDefaults().estimate(model, duplicated);
        PlsResult actual = PlsEstimator.withDefaults().estimate(model, bank.withColumn("w", w),
                DataHandling.defaults().withWeightColumn("w").withWeightKind(WeightKind.FREQUENCY));
        ResultComparison.assertSameEstimate(expected, actual, DUPLICATION_TOL);
        assertEquals(copies.size(), actual.observations(), 0.0);
    }

    @Test
    void unitWeightsEqualTheUnweightedEstimate() {
        double[] ones = new double[bank.rowCount()];
        java.util.Arrays.fill(ones, 1.0);
        PlsResult weighted = PlsEstimator.withDefaults().estimate(model, bank.withColumn("w", ones),
                DataHandling.defaults().withWeightColumn("w"));
        ResultComparison.assertSameEstimate(PlsEstimator.withDefaults().estimate(model, bank), weighted, DUPLICATION_TOL);
    }

    @Test
    void weightedScoresHaveWeightedMeanZeroAndUnitWeightedVariance() {
        double[] w = new double[bank.rowCount()];
        for (int r = 0; r < w.length; r++) {
            w[r] = weight(r);
        }
        PlsResult r = PlsEstimator.withDefaults().estimate(model, bank.withColumn("w", w),
                DataHandling.defaults().withWeightColumn("w"));
        for (String c : model.constructNames()) {
            double[] y = r.scores().column(c);
            double sw = 0;
            double sy = 0;
            double syy = 0;
            for (int i = 0; i < y.length; i++) {
                sw += w[i];
                sy += w[i] * y[i];
                syy += w[i] * y[i] * y[i];
            }
            assertEquals(0, sy / sw, SCORE_MOMENT_TOL, "weighted mean " + c);
            assertEquals(1, syy / sw, SCORE_MOMENT_TOL, "weighted variance " + c);
        }
    }

    @Test
    void meanReplacementUsesTheWeightedObservedMean() {
        double[] x = bank.column("sat1");
        x[0] = Double.NaN;
        double[] w = new double[bank.rowCount()];
        double sum = 0;
        double total = 0;
        for (int r = 0; r < w.length; r++) {
            w[r] = weight(r);
            if (r > 0) {
                sum += w[r] * x[r];
                total += w[r];
            }
        }
        DataTable t = bank.withColumn("sat1", x).withColumn("w", w);
        PlsResult r = PlsEstimator.withDefaults().estimate(model, t,
                new DataHandling(MissingStrategy.MEAN, "w", WeightKind.FREQUENCY));
        assertEquals(sum / total, r.missingData().orElseThrow().indicator("sat1").replacement().getAsDouble(), HAND_TOL);
        assertEquals(1, MissingValues.count(t, "sat1"));
    }

    @Test
    void badWeightsAreRejectedNamingTheRow() {
        assertBadWeight(5, -1.0, "row 6: negative weight -1.0");
        assertBadWeight(9, Double.NaN, "row 10: missing weight");
        assertBadWeight(0, Double.POSITIVE_INFINITY, "row 1: non-finite weight Infinity");
        double[] zeros = new double[bank.rowCount()];
        CsiDataException e = assertThrows(CsiDataException.class, () -> PlsEstimator.withDefaults()
                .estimate(model, bank.withColumn("w", zeros), DataHandling.defaults().withWeightColumn("w")));
        assertTrue(e.getMessage().contains("weight column 'w': all 250 weights are zero"), e.getMessage());
    }

    private static void assertBadWeight(int row, double value, String expected) {
        double[] w = new double[bank.rowCount()];
        java.util.Arrays.fill(w, 1.0);
        w[row] = value;
        CsiDataException e = assertThrows(CsiDataException.class, () -> PlsEstimator.withDefaults()
                .estimate(model, bank.withColumn("w", w), DataHandling.defaults().withWeightColumn("w")));
        assertTrue(e.getMessage().contains("weight column 'w', " + expected), e.getMessage());
    }

    @Test
    void weightColumnMustExistAndNotBeAnIndicator() {
        CsiDataException e = assertThrows(CsiDataException.class, () -> PlsEstimator.withDefaults()
                .estimate(model, bank, DataHandling.defaults().withWeightColumn("pw")));
        assertTrue(e.getMessage().contains("no weight column 'pw'"), e.getMessage());
        CsiSpecificationException s = assertThrows(CsiSpecificationException.class, () -> PlsEstimator.withDefaults()
                .estimate(model, bank, DataHandling.defaults().withWeightColumn("sat1")));
        assertTrue(s.getMessage().contains("'sat1'"), s.getMessage());
    }

    @Test
    void weightedListwiseEqualsWeightedEstimateOfTheCompleteRows() {
        double[] w = new double[bank.rowCount()];
        for (int r = 0; r < w.length; r++) {
            w[r] = weight(r);
        }
        double[] x = bank.column("loy2");
        x[1] = Double.NaN;
        x[7] = Double.NaN;
        DataTable withGaps = bank.withColumn("loy2", x).withColumn("w", w);
        int[] complete = java.util.stream.IntStream.range(0, bank.rowCount()).filter(r -> r != 1 && r != 7).toArray();
        PlsResult expected = PlsEstimator.withDefaults().estimate(model, withGaps.rows(complete),
                DataHandling.defaults().withWeightColumn("w"));
        PlsResult actual = PlsEstimator.withDefaults().estimate(model, withGaps,
                new DataHandling(MissingStrategy.LISTWISE, "w"));
        ResultComparison.assertSameEstimate(expected, actual, DUPLICATION_TOL);
    }

    @Test
    void weightedPairwiseOnCompleteDataEqualsTheWeightedEstimate() {
        double[] w = new double[bank.rowCount()];
        for (int r = 0; r < w.length; r++) {
            w[r] = 0.5 + weight(r);
        }
        DataTable t = bank.withColumn("w", w);
        PlsResult expected = PlsEstimator.withDefaults().estimate(model, t, DataHandling.defaults().withWeightColumn("w"));
        PlsResult actual = PlsEstimator.withDefaults().estimate(model, t, new DataHandling(MissingStrategy.PAIRWISE, "w"));
        ResultComparison.assertSameEstimate(expected, actual, DUPLICATION_TOL);
    }
}
