package dev.csimodel.predict;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CVPAT (Liengaard et al. 2021) on data simulated with and without a difference in predictive ability. */
class CvpatTest {

    /** Losses vs PLSpredict's RMSE of the same folds: rounding only. */
    static final double TOL = 1e-12;
    static final double ALPHA = 0.05;
    static final int NULL_SEEDS = 200;
    /** Binomial SD at 200 seeds is 0.015: [0.01, 0.11] is about −2.6 to +4 SD (CV folds make D_i dependent). */
    static final double MIN_RATE = 0.01;
    static final double MAX_RATE = 0.11;

    static final List<String> NAMES = List.of("a1", "a2", "a3", "b1", "b2", "b3", "y1", "y2", "y3");

    /** ξ_A, ξ_B independent N(0,1), η = βa ξ_A + βb ξ_B + noise (unit variance); items 0.8·construct + 0.6·noise. */
    static DataTable simulate(int n, double betaA, double betaB, long seed) {
        Random rnd = new Random(seed);
        double[][] rows = new double[n][9];
        double residual = Math.sqrt(1 - betaA * betaA - betaB * betaB);
        for (int i = 0; i < n; i++) {
            double a = rnd.nextGaussian();
            double b = rnd.nextGaussian();
            double y = betaA * a + betaB * b + residual * rnd.nextGaussian();
            double[] eta = {a, b, y};
            for (int k = 0; k < 9; k++) {
                rows[i][k] = 0.8 * eta[k / 3] + 0.6 * rnd.nextGaussian();
            }
        }
        return DataTable.ofRows(NAMES, rows);
    }

    static PathModel model(String predictor) {
        String p = predictor.toLowerCase();
        return PathModel.builder().construct(predictor).modeA(p + "1", p + "2", p + "3")
                .construct("Y").modeA("y1", "y2", "y3").path(predictor, "Y").build();
    }

    static Cvpat cvpat(long seed) {
        return new Cvpat(PlsSettings.defaults(), PredictionSettings.defaults().withSeed(seed));
    }

    @Test
    void theBetterPredictorIsFound() {
        CvpatResult r = cvpat(1).compare(model("A"), model("B"), simulate(250, 0.6, 0.0, 3));
        assertTrue(r.tValue() > 0, "t " + r.tValue());
        assertTrue(r.pValue() < 0.001, "p " + r.pValue());
        assertTrue(r.pValueFirstBetter() < 0.001, "one-sided p " + r.pValueFirstBetter());
        assertEquals(List.of("y1", "y2", "y3"), r.indicators());
        assertEquals(249, r.degreesOfFreedom());
        assertEquals(r.lossSecond() - r.lossFirst(), r.meanDifference(), TOL);
        CvpatResult reversed = cvpat(1).compare(model("B"), model("A"), simulate(250, 0.6, 0.0, 3));
        assertEquals(-r.tValue(), reversed.tValue(), TOL);
        assertEquals(r.pValue(), reversed.pValue(), TOL);
    }

    @Test
    void lossIsTheMeanSquaredErrorOfPlsPredictOnTheSameFolds() {
        DataTable data = simulate(120, 0.5, 0.2, 8);
        CvpatResult r = cvpat(4).compare(model("A"), model("B"), data);
        PredictionResult p = new PlsPredict(PlsSettings.defaults(), PredictionSettings.defaults().withSeed(4))
                .run(model("A"), data);
        double mse = p.all().stream().mapToDouble(i -> i.rmse() * i.rmse()).average().orElseThrow();
        assertEquals(mse, r.lossFirst(), TOL);
    }

    @Test
    void withEqualPredictiveAbilityTheRejectionRateIsNearNominal() {
        int rejected = 0;
        for (int s = 0; s < NULL_SEEDS; s++) {
            // A and B predict Y equally well by symmetry (same population effect 0.4)
            CvpatResult r = cvpat(100 + s).compare(model("A"), model("B"), simulate(150, 0.4, 0.4, 7000L + 13L * s));
            rejected += r.pValue() < ALPHA ? 1 : 0;
        }
        double rate = (double) rejected / NULL_SEEDS;
        assertTrue(rate >= MIN_RATE && rate <= MAX_RATE, "rejection rate " + rate);
    }

    @Test
    void identicalModelsAndNoSharedTargetsAreRejected() {
        DataTable data = simulate(60, 0.5, 0.0, 1);
        assertThrows(CsiEstimationException.class, () -> cvpat(1).compare(model("A"), model("A"), data));
        PathModel other = PathModel.builder().construct("A").modeA("a1", "a2", "a3").construct("B")
                .modeA("b1", "b2", "b3").path("A", "B").build();
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> cvpat(1).compare(model("A"), other, data));
        assertTrue(e.getMessage().contains("in common"), e.getMessage());
    }
}
