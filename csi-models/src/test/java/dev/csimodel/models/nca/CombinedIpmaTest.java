package dev.csimodel.models.nca;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.models.Bank;
import dev.csimodel.models.data.BundledData;
import dev.csimodel.models.index.CsiIndex;
import dev.csimodel.models.index.IndicatorScales;
import dev.csimodel.models.index.Scale;
import dev.csimodel.models.ipma.Driver;
import dev.csimodel.models.ipma.ImportancePerformance;
import dev.csimodel.result.ConstructScores;
import dev.csimodel.result.PlsResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CombinedIpmaTest {

    private static final IndicatorScales ZERO_TEN = IndicatorScales.uniform(Scale.ZERO_TO_TEN);

    /** The seven hand cases of {@link NecessityAnalysisTest}: CE-FDH d = 0.5, CR-FDH d = 6889/17640. */
    private static final ConstructScores HAND = ConstructScores.of(List.of("X", "Y"),
            new double[][]{{1, 2, 3, 4, 5, 6, 7}, {1, 4, 2, 6, 3, 5, 8}});

    private static CombinedIpma hand(NcaSettings nca, CipmaSettings settings) {
        ImportancePerformance ipma = ImportancePerformance.of("Y", List.of(new Driver("X", 0.4, 4)));
        return CombinedIpma.of(ipma, NecessityAnalysis.of(HAND, "Y", List.of("X"), nca), HAND, settings);
    }

    /** y* = 5: the first CE-FDH peer with y ≥ 5 is (4,6), so X ≥ 4 is required; x = 1, 2, 3 lie below: 3/7. */
    @Test
    void targetLevelReadsTheBottleneckAndCountsTheCasesBelow() {
        CombinedDriver d = hand(NcaSettings.defaults().withPermutations(0), CipmaSettings.at(5)).driver("X");
        assertEquals(0.4, d.importance(), 0);
        assertEquals(4, d.performance(), 0);
        assertEquals(0.5, d.effectSize(), 1e-12);
        assertTrue(d.pValue().isEmpty());
        assertEquals(Necessity.UNTESTED, d.necessity());
        assertEquals(BottleneckStatus.REQUIRED, d.status());
        assertEquals(4, d.required().getAsDouble(), 0);
        assertEquals(3, d.casesBelow().getAsInt());
        assertEquals(3.0 / 7, d.shareBelow().getAsDouble(), 1e-15);
    }

    /** CR-FDH at y* = 5: x = (5 − 1)·14/15 = 3.7333; below it x = 1, 2, 3. y* = 1: NN. y* = 9 > 8: NA. */
    @Test
    void regressionCeilingAndTheEdgesOfTheScope() {
        NcaSettings none = NcaSettings.defaults().withPermutations(0);
        CombinedDriver cr = hand(none, CipmaSettings.at(5).withCeiling(CeilingMethod.CR_FDH)).driver("X");
        assertEquals(56.0 / 15, cr.required().getAsDouble(), 1e-12);
        assertEquals(6889.0 / 17640, cr.effectSize(), 1e-12);
        CombinedDriver nn = hand(none, CipmaSettings.at(1)).driver("X");
        assertEquals(BottleneckStatus.NOT_NECESSARY, nn.status());
        assertEquals(0, nn.shareBelow().getAsDouble(), 0);
        assertTrue(nn.required().isEmpty());
        CombinedDriver na = hand(none, CipmaSettings.at(9)).driver("X");
        assertEquals(BottleneckStatus.NOT_ATTAINED, na.status());
        assertTrue(na.shareBelow().isEmpty());
        assertEquals(Necessity.NOT_NECESSARY, hand(none, CipmaSettings.at(5).withMinimumEffect(0.6))
                .driver("X").necessity());
    }

    /**
     * The exact permutation p of the hand case: the share of all 7! = 5040 pairings of the seven
     * y values with the x values whose CE-FDH d reaches the observed 0.5. The approximate test's
     * p from 2000 shuffles must lie within four standard errors of it.
     */
    @Test
    void approximatePermutationPAgreesWithTheExactOne() {
        double[] x = HAND.column("X");
        double[] y = HAND.column("Y");
        int[] atLeast = new int[1];
        int[] total = new int[1];
        permute(y, 0, v -> {
            total[0]++;
            ConstructScores s = ConstructScores.of(List.of("X", "Y"), new double[][]{x, v.clone()});
            double d = NecessityAnalysis.of(s, "Y", List.of("X"), NcaSettings.defaults().withPermutations(0))
                    .condition("X").ceFdh().effectSize();
            if (d >= 0.5 - 1e-12) {
                atLeast[0]++;
            }
        });
        assertEquals(5040, total[0]);
        double exact = atLeast[0] / 5040.0;
        CombinedIpma c = hand(NcaSettings.defaults().withPermutations(2000), CipmaSettings.at(5).withAlpha(0.5));
        double p = c.driver("X").pValue().getAsDouble();
        assertEquals(exact, p, 4 * Math.sqrt(exact * (1 - exact) / 2000) + 1.0 / 2001, "exact " + exact);
        assertEquals(p < 0.5 ? Necessity.NECESSARY : Necessity.NOT_NECESSARY, c.driver("X").necessity());
        CombinedIpma strict = hand(NcaSettings.defaults().withPermutations(2000), CipmaSettings.at(5).withAlpha(1e-6));
        assertEquals(Necessity.NOT_NECESSARY, strict.driver("X").necessity());
        assertTrue(strict.necessary().isEmpty());
    }

    private static void permute(double[] v, int k, java.util.function.Consumer<double[]> visit) {
        if (k == v.length) {
            visit.accept(v);
            return;
        }
        for (int i = k; i < v.length; i++) {
            double t = v[k];
            v[k] = v[i];
            v[i] = t;
            permute(v, k + 1, visit);
            v[i] = v[k];
            v[k] = t;
        }
    }

    /** The bank ECSI model: the cIPMA carries the IPMA's importances and performances and the NCA's d and requirement. */
    @Test
    void bankDriversOfSatisfactionAgreeWithTheIpmaAndTheNca() {
        PlsResult fit = PlsEstimator.withDefaults().estimate(BundledData.ecsiBankModel(), Bank.indicators());
        NcaSettings nca = NcaSettings.defaults().withPermutations(200);
        CombinedIpma c = CombinedIpma.constructs(fit, ZERO_TEN, Bank.indicators(), "SAT", nca, CipmaSettings.at(80));
        ImportancePerformance ipma = ImportancePerformance.constructs(fit, ZERO_TEN, "SAT");
        ConstructScores scores = CsiIndex.of(fit, ZERO_TEN, Bank.indicators()).respondents().orElseThrow();
        NcaResult direct = NecessityAnalysis.of(scores, "SAT", List.of("IMAG", "EXPE", "QUAL", "VAL"), nca);
        assertEquals(List.of("IMAG", "EXPE", "QUAL", "VAL"), c.drivers().stream().map(CombinedDriver::name).toList());
        for (CombinedDriver d : c.drivers()) {
            assertEquals(ipma.driver(d.name()).importance(), d.importance(), 0);
            assertEquals(ipma.driver(d.name()).performance(), d.performance(), 0);
            Condition cond = direct.condition(d.name());
            assertEquals(cond.ceFdh().effectSize(), d.effectSize(), 0);
            assertEquals(cond.ceFdh().pValue(), d.pValue());
            double req = cond.ceFdh().ceiling().requiredX(80);
            double[] x = scores.column(d.name());
            if (d.status() == BottleneckStatus.REQUIRED) {
                assertEquals(req, d.required().getAsDouble(), 0);
                long below = java.util.Arrays.stream(x).filter(v -> v < req - 1e-10).count();
                assertEquals(below, d.casesBelow().getAsInt());
            }
            assertTrue(d.effectSize() > 0 && d.effectSize() < 1, d.name() + " d " + d.effectSize());
        }
    }

    @Test
    void mismatchedTargetsAndBadLevelsAreRefused() {
        ImportancePerformance ipma = ImportancePerformance.of("Z", List.of(new Driver("X", 0.4, 4)));
        NcaResult nca = NecessityAnalysis.of(HAND, "Y", List.of("X"), NcaSettings.defaults().withPermutations(0));
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> CombinedIpma.of(ipma, nca, HAND, CipmaSettings.at(5)));
        assertTrue(e.getMessage().contains("'Z'"), e.getMessage());
        assertThrows(CsiSpecificationException.class, () -> CipmaSettings.at(101));
        assertThrows(CsiSpecificationException.class, () -> CipmaSettings.at(Double.NaN));
        assertThrows(CsiSpecificationException.class, () -> hand(NcaSettings.defaults().withPermutations(0),
                CipmaSettings.at(5)).driver("W"));
    }
}
