package dev.csimodel.data.missing;

import dev.csimodel.CsiDataException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.CorpRepData;
import dev.csimodel.reference.ResultComparison;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Missing-data strategies on the corporate reputation data (-99 codes, Mode B drivers). No
 * reference estimates exist for it, so each strategy is checked against an equivalent estimate
 * built by hand: mean replacement against the plain estimator on a table imputed in this test,
 * listwise deletion against the plain estimator on the complete rows.
 */
class MissingDataEstimateTest {

    /** Same arithmetic in the same order: the estimates must agree to rounding. */
    static final double SAME_TOL = 1e-12;

    /** Missing values per indicator, counted in the CSV with a text search for -99. */
    static final Map<String, Integer> MISSING = Map.of("cusl_1", 3, "cusl_2", 4, "cusl_3", 3, "cusa", 1);
    /** Rows of the 344 in which all 31 model indicators are observed. */
    static final int COMPLETE_ROWS = 336;

    static DataTable data;
    static PathModel model;

    @BeforeAll
    static void load() {
        data = MissingValues.recode(CorpRepData.raw(), CorpRepData.MISSING_CODE);
        model = CorpRepData.model();
    }

    @Test
    void recodeTurnsTheCodeIntoNaN() {
        for (String ind : model.indicators()) {
            assertEquals(MISSING.getOrDefault(ind, 0), MissingValues.count(data, ind), ind);
        }
        assertEquals(0, MissingValues.count(CorpRepData.raw(), "cusl_2"));
    }

    @Test
    void meanReplacementEqualsThePlainEstimatorOnAHandImputedTable() {
        DataTable imputed = data;
        for (String ind : MISSING.keySet()) {
            double[] x = imputed.column(ind);
            double sum = 0;
            int count = 0;
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
            double mean = sum / count;
            for (int r = 0; r < x.length; r++) {
                x[r] = Double.isNaN(x[r]) ? mean : x[r];
            }
            imputed = imputed.withColumn(ind, x);
        }
        PlsResult expected = PlsEstimator.withDefaults().estimate(model, imputed);
        PlsResult actual = PlsEstimator.withDefaults().estimate(model, data, MissingStrategy.MEAN);
        ResultComparison.assertSameEstimate(expected, actual, SAME_TOL);
        for (String c : model.constructNames()) {
            double[] e = expected.scores().column(c);
            double[] a = actual.scores().column(c);
            for (int r = 0; r < e.length; r++) {
                assertEquals(e[r], a[r], SAME_TOL, "score " + c + " row " + r);
            }
        }
        MissingDataReport report = actual.missingData().orElseThrow();
        assertEquals(MissingStrategy.MEAN, report.strategy());
        assertEquals(344, report.rows());
        assertEquals(COMPLETE_ROWS, report.completeRows());
        assertEquals(344, report.scoreRows().size());
        assertEquals(11, report.totalMissing());
        for (String ind : MISSING.keySet()) {
            IndicatorMissing m = report.indicator(ind);
            assertEquals(MISSING.get(ind), m.missing(), ind);
            assertEquals(344 - MISSING.get(ind), m.observed(), ind);
            assertEquals(imputed.value(firstMissingRow(ind), ind), m.replacement().getAsDouble(), SAME_TOL, ind);
        }
        assertTrue(report.indicator("qual_1").replacement().isEmpty());
    }

    private static int firstMissingRow(String ind) {
        double[] x = data.column(ind);
        return IntStream.range(0, x.length).filter(r -> Double.isNaN(x[r])).findFirst().orElseThrow();
    }

    @Test
    void listwiseDeletionEqualsThePlainEstimatorOnTheCompleteRows() {
        List<Integer> complete = new ArrayList<>();
        for (int r = 0; r < data.rowCount(); r++) {
            final int row = r;
            if (model.indicators().stream().noneMatch(ind -> Double.isNaN(data.value(row, ind)))) {
                complete.add(r);
            }
        }
        assertEquals(COMPLETE_ROWS, complete.size());
        DataTable subset = data.rows(complete.stream().mapToInt(Integer::intValue).toArray());
        PlsResult expected = PlsEstimator.withDefaults().estimate(model, subset);
        PlsResult actual = PlsEstimator.withDefaults().estimate(model, data, MissingStrategy.LISTWISE);
        ResultComparison.assertSameEstimate(expected, actual, SAME_TOL);
        MissingDataReport report = actual.missingData().orElseThrow();
        assertEquals(complete, report.scoreRows());
        assertEquals(COMPLETE_ROWS, actual.scores().rowCount());
        assertEquals(expected.scores().value(100, "CUSL"), actual.scores().value(100, "CUSL"), SAME_TOL);
    }

    @Test
    void pairwiseCorrelationUsesTheRowsWhereBothAreObserved() {
        PlsResult r = PlsEstimator.withDefaults().estimate(model, data, MissingStrategy.PAIRWISE);
        var m = r.moments();
        // Reference: cusl_2 and cusa over the rows where both are observed, two-pass, divisor n.
        double[] u = data.column("cusl_2");
        double[] v = data.column("cusa");
        int[] both = IntStream.range(0, u.length).filter(i -> !Double.isNaN(u[i]) && !Double.isNaN(v[i])).toArray();
        double mu = IntStream.of(both).mapToDouble(i -> u[i]).average().orElseThrow();
        double mv = IntStream.of(both).mapToDouble(i -> v[i]).average().orElseThrow();
        double suv = IntStream.of(both).mapToDouble(i -> (u[i] - mu) * (v[i] - mv)).sum();
        double suu = IntStream.of(both).mapToDouble(i -> (u[i] - mu) * (u[i] - mu)).sum();
        double svv = IntStream.of(both).mapToDouble(i -> (v[i] - mv) * (v[i] - mv)).sum();
        assertEquals(suv / Math.sqrt(suu * svv), m.correlation(m.indexOf("cusl_2"), m.indexOf("cusa")), SAME_TOL);
        // The mean of cusl_2 uses all its 340 observed values.
        double observedMean = IntStream.range(0, u.length).filter(i -> !Double.isNaN(u[i]))
                .mapToDouble(i -> u[i]).average().orElseThrow();
        assertEquals(observedMean, m.mean(m.indexOf("cusl_2")), SAME_TOL);
        // n for the standard errors is the smallest number of rows any pair is observed in.
        int fewest = Integer.MAX_VALUE;
        for (String a : model.indicators()) {
            for (String b : model.indicators()) {
                double[] x = data.column(a);
                double[] y = data.column(b);
                fewest = Math.min(fewest, (int) IntStream.range(0, x.length)
                        .filter(i -> !Double.isNaN(x[i]) && !Double.isNaN(y[i])).count());
            }
        }
        assertEquals(fewest, r.observations(), 0.0);
        assertTrue(fewest < both.length);
        assertEquals(COMPLETE_ROWS, r.scores().rowCount());
    }

    @Test
    void pairwiseOnCompleteDataEqualsThePlainEstimator() {
        DataTable complete = data.rows(PlsEstimator.withDefaults().estimate(model, data, MissingStrategy.LISTWISE)
                .missingData().orElseThrow().scoreRows().stream().mapToInt(Integer::intValue).toArray());
        PlsResult expected = PlsEstimator.withDefaults().estimate(model, complete);
        PlsResult actual = PlsEstimator.withDefaults().estimate(model, complete, MissingStrategy.PAIRWISE);
        ResultComparison.assertSameEstimate(expected, actual, SAME_TOL);
    }

    @Test
    void pairwiseMatrixThatIsNotPositiveDefiniteIsRejected() {
        // x,y observed together only in rows 0-3 (y = x: r = +1), y,z only in rows 4-7 (z = y:
        // r = +1), x,z only in rows 8-11 (z = -x: r = -1). No data set has that correlation matrix.
        double n = Double.NaN;
        double[][] rows = {
                {1, 1, n}, {2, 2, n}, {3, 3, n}, {5, 5, n},
                {n, 1, 1}, {n, 2, 2}, {n, 4, 4}, {n, 7, 7},
                {1, n, -1}, {3, n, -3}, {4, n, -4}, {8, n, -8}};
        DataTable t = DataTable.ofRows(List.of("x", "y", "z"), rows);
        CsiDataException e = assertThrows(CsiDataException.class, () -> MissingData.moments(t, List.of("x", "y", "z"),
                MissingStrategy.PAIRWISE));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
        assertTrue(e.getMessage().contains("[x, y, z]"), e.getMessage());
    }

    @Test
    void pairwiseWithTooFewCommonRowsNamesThePair() {
        double n = Double.NaN;
        double[][] rows = {{1, n}, {2, n}, {3, 1}, {n, 2}, {n, 3}};
        DataTable t = DataTable.ofRows(List.of("a", "b"), rows);
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> MissingData.moments(t, List.of("a", "b"), MissingStrategy.PAIRWISE));
        assertTrue(e.getMessage().contains("'a' and 'b'"), e.getMessage());
    }

    @Test
    void rejectNamesColumnAndRowOfTheFirstMissingValue() {
        String expected = null;
        for (int r = 0; r < data.rowCount() && expected == null; r++) {
            for (String ind : model.indicators()) {
                if (Double.isNaN(data.value(r, ind))) {
                    expected = "column '" + ind + "', row " + (r + 1) + ": missing value";
                    break;
                }
            }
        }
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> PlsEstimator.withDefaults().estimate(model, data, MissingStrategy.REJECT));
        assertTrue(e.getMessage().contains(expected), e.getMessage() + " / expected " + expected);
        CsiDataException plain = assertThrows(CsiDataException.class, () -> PlsEstimator.withDefaults().estimate(model, data));
        assertEquals(e.getMessage(), plain.getMessage());
    }

    @Test
    void aColumnWithoutObservedValueCannotBeImputed() {
        double[] none = new double[data.rowCount()];
        java.util.Arrays.fill(none, Double.NaN);
        DataTable t = data.withColumn("cusa", none);
        CsiDataException e = assertThrows(CsiDataException.class,
                () -> PlsEstimator.withDefaults().estimate(model, t, MissingStrategy.MEAN));
        assertTrue(e.getMessage().contains("'cusa' has no observed value"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = MissingStrategy.class, names = {"MEAN", "LISTWISE", "PAIRWISE"})
    void infinityIsBadDataNotAMissingValue(MissingStrategy s) {
        double[] x = data.column("comp_2");
        x[6] = Double.POSITIVE_INFINITY;
        DataTable t = data.withColumn("comp_2", x);
        CsiDataException e = assertThrows(CsiDataException.class, () -> PlsEstimator.withDefaults().estimate(model, t, s));
        assertTrue(e.getMessage().contains("column 'comp_2', row 7"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = MissingStrategy.class, names = {"MEAN", "LISTWISE", "PAIRWISE"})
    void noNaNReachesAResult(MissingStrategy s) {
        PlsResult r = PlsEstimator.withDefaults().estimate(model, data, s);
        for (String ind : model.indicators()) {
            assertTrue(Double.isFinite(r.outerWeight(ind)) && Double.isFinite(r.loading(ind)), ind);
        }
        for (String c : model.constructNames()) {
            assertTrue(Double.isFinite(r.rSquared(c).orElse(0)), c);
        }
        ConstructScores sc = r.scores();
        for (String c : model.constructNames()) {
            for (double v : sc.column(c)) {
                assertFalse(Double.isNaN(v), c);
            }
        }
    }
}
