package dev.csimodel.models.ipma;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.Bank;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.models.index.Scale;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportancePerformanceTest {

    private static final double EFFECT_TOLERANCE = 1e-8;
    private static final double INDEX_TOLERANCE = 1e-9;
    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);

    private static PlsResult bankFit() {
        return PlsEstimator.withDefaults().estimate(BundledData.ecsiBankModel(), Bank.indicators());
    }

    /** Total effects by OLS on the 0-100 respondent scores: T = B + B² + ... (B nilpotent). */
    private static double[][] totalEffectsOnRescaledScores(PlsResult fit, DataTable data) {
        PathModel m = fit.model();
        ConstructScores rs = CsiIndex.of(fit, ZERO_TEN, data).respondents().orElseThrow();
        List<String> names = m.constructNames();
        int k = names.size();
        double[][] b = new double[k][k];
        for (String to : m.endogenous()) {
            List<String> pred = m.predecessors(to);
            double[][] x = new double[rs.rowCount()][pred.size()];
            for (int r = 0; r < x.length; r++) {
                for (int j = 0; j < pred.size(); j++) {
                    x[r][j] = rs.value(r, pred.get(j));
                }
            }
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(rs.column(to), x);
            double[] beta = ols.estimateRegressionParameters();
            for (int j = 0; j < pred.size(); j++) {
                b[names.indexOf(to)][names.indexOf(pred.get(j))] = beta[j + 1];
            }
        }
        double[][] total = new double[k][k];
        double[][] power = b;
        for (int step = 0; step < k; step++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    total[i][j] += power[i][j];
                }
            }
            power = multiply(power, b);
        }
        return total;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < n; l++) {
                    c[i][j] += a[i][l] * b[l][j];
                }
            }
        }
        return c;
    }

    @Test
    void constructImportanceIsTheTotalEffectOnRescaledScores() {
        PlsResult fit = bankFit();
        double[][] total = totalEffectsOnRescaledScores(fit, Bank.indicators());
        List<String> names = fit.model().constructNames();
        ImportancePerformance ipma = ImportancePerformance.constructs(fit, ZERO_TEN, "LOY");
        // every other construct reaches LOY (IMAG directly, the rest through SAT)
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL", "SAT"), ipma.drivers().stream().map(Driver::name).toList());
        CsiIndex index = CsiIndex.of(fit, ZERO_TEN);
        for (Driver d : ipma.drivers()) {
            double expected = total[names.indexOf("LOY")][names.indexOf(d.name())];
            assertEquals(expected, d.importance(), EFFECT_TOLERANCE, d.name());
            assertEquals(index.requireIndex(d.name()), d.performance(), INDEX_TOLERANCE, d.name());
        }
    }

    @Test
    void indicatorImportancesSplitTheConstructImportanceByIndexWeight() {
        PlsResult fit = bankFit();
        ImportancePerformance constructs = ImportancePerformance.constructs(fit, ZERO_TEN, "SAT");
        ImportancePerformance items = ImportancePerformance.indicators(fit, ZERO_TEN, "SAT");
        CsiIndex index = CsiIndex.of(fit, ZERO_TEN);
        assertEquals(5 + 5 + 5 + 4, items.drivers().size());
        for (Driver c : constructs.drivers()) {
            double sum = 0;
            for (String ind : fit.model().construct(c.name()).indicators()) {
                Driver i = items.driver(ind);
                assertEquals(index.weights().weight(ind) * c.importance(), i.importance(), EFFECT_TOLERANCE, ind);
                assertEquals(index.indicatorPerformance(ind), i.performance(), INDEX_TOLERANCE, ind);
                sum += i.importance();
            }
            // index weights sum to 1 in a block
            assertEquals(c.importance(), sum, EFFECT_TOLERANCE, c.name());
        }
    }

    private static ImportancePerformance handMade() {
        return ImportancePerformance.of("SAT", List.of(new Driver("a", 0.1, 80), new Driver("b", 0.4, 60),
                new Driver("c", 0.3, 90), new Driver("d", 0.2, 50), new Driver("e", 1.0, 100)));
    }

    @Test
    void meanThresholdsByHand() {
        // mean importance (0.1+0.4+0.3+0.2+1.0)/5 = 0.4, mean performance (80+60+90+50+100)/5 = 76
        QuadrantMap map = handMade().classify();
        assertEquals(0.4, map.importanceLine(), INDEX_TOLERANCE);
        assertEquals(76, map.performanceLine(), INDEX_TOLERANCE);
        assertEquals(Quadrant.MAINTAIN, map.quadrant("a"));     // 0.1 < 0.4, 80 >= 76
        assertEquals(Quadrant.REPAIR, map.quadrant("b"));       // 0.4 >= 0.4, 60 < 76
        assertEquals(Quadrant.MAINTAIN, map.quadrant("c"));     // 0.3 < 0.4, 90 >= 76
        assertEquals(Quadrant.OPPORTUNITY, map.quadrant("d"));  // 0.2 < 0.4, 50 < 76
        assertEquals(Quadrant.ADVANTAGE, map.quadrant("e"));    // 1.0 >= 0.4, 100 >= 76
        assertEquals(2, map.in(Quadrant.MAINTAIN).size());
    }

    @Test
    void medianAndGivenThresholdsByHand() {
        // sorted importance 0.1 0.2 0.3 0.4 1.0 -> median 0.3; performance 50 60 80 90 100 -> 80
        QuadrantMap median = handMade().classify(Thresholds.median());
        assertEquals(0.3, median.importanceLine(), INDEX_TOLERANCE);
        assertEquals(80, median.performanceLine(), INDEX_TOLERANCE);
        assertEquals(Quadrant.ADVANTAGE, median.quadrant("c"));  // 0.3 >= 0.3, 90 >= 80
        assertEquals(Quadrant.MAINTAIN, median.quadrant("a"));   // 0.1 < 0.3, 80 >= 80
        QuadrantMap given = handMade().classify(new Thresholds(Threshold.at(0.35), Threshold.median()));
        assertEquals(Quadrant.MAINTAIN, given.quadrant("c"));    // 0.3 < 0.35, 90 >= 80
        assertEquals(Quadrant.REPAIR, given.quadrant("b"));      // 0.4 >= 0.35, 60 < 80
    }

    @Test
    void userGivenImportanceReplacesTheEstimate() {
        ImportancePerformance ipma = ImportancePerformance.constructs(bankFit(), ZERO_TEN, "SAT")
                .withImportance("VAL", 2.5);
        assertEquals(2.5, ipma.driver("VAL").importance());
        assertEquals(Quadrant.ADVANTAGE, ipma.classify(Thresholds.at(1.0, 0)).quadrant("VAL"));
    }

    @Test
    void badInputsNameTheCulprit() {
        PlsResult fit = bankFit();
        CsiSpecificationException exo = assertThrows(CsiSpecificationException.class,
                () -> ImportancePerformance.constructs(fit, ZERO_TEN, "IMAG"));
        assertTrue(exo.getMessage().contains("'IMAG'"), exo.getMessage());
        CsiSpecificationException unknown = assertThrows(CsiSpecificationException.class,
                () -> ImportancePerformance.constructs(fit, ZERO_TEN, "TRUST"));
        assertTrue(unknown.getMessage().contains("'TRUST'"), unknown.getMessage());
        CsiSpecificationException twice = assertThrows(CsiSpecificationException.class,
                () -> ImportancePerformance.of("SAT", List.of(new Driver("a", 1, 1), new Driver("a", 2, 2))));
        assertTrue(twice.getMessage().contains("'a'"), twice.getMessage());
        assertThrows(CsiSpecificationException.class, () -> handMade().withImportance("z", 1));
        assertThrows(CsiSpecificationException.class, () -> new Driver("x", Double.NaN, 1));
        assertThrows(CsiSpecificationException.class, () -> Threshold.at(Double.POSITIVE_INFINITY));
    }
}
