package dev.csimodel.ordinal;

import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ordinal consistent PLS: the PLSc correction applied to the polychoric matrix. */
class OrdinalPlscTest {

    private static final PathModel FACTORS = ModelSyntax.parse("A =~ a1 + a2\nB =~ b1 + b2\nB ~ A");
    private static final List<String> NAMES = List.of("a1", "a2", "b1", "b2");
    private static final PlsSettings PLSC = PlsSettings.defaults().withConsistent(true).withTolerance(1e-14);

    /**
     * The latent-response matrix of two factors with correlation 0.5 and all loadings 0.8:
     * within blocks 0.64, across 0.32. By symmetry the weights are equal; with w'Sw = 1,
     * w² = 1/3.28, so the composites correlate 4 · 0.32 / 3.28 = 0.3902439 (PLS, attenuated) and
     * ρA = 2 · 0.64 / 1.64 = 0.7804878; PLSc divides by ρA: 0.3902439 / 0.7804878 = 0.5 exactly,
     * and the consistent loadings are w·sqrt(ρA)/(w'w) = 0.8.
     */
    @Test
    void populationMatrixGivesTheFactorValuesByHand() {
        double[] r = {1, 0.64, 0.32, 0.32, 0.64, 1, 0.32, 0.32, 0.32, 0.32, 1, 0.64, 0.32, 0.32, 0.64, 1};
        Moments m = Moments.ofCorrelation(NAMES, 1000, r);
        PlsResult pls = new PlsEstimator(PlsSettings.defaults().withTolerance(1e-14)).estimate(FACTORS, m);
        assertEquals(4 * 0.32 / 3.28, pls.pathCoefficient("A", "B"), 1e-12);
        PlsResult plsc = new PlsEstimator(PLSC).estimate(FACTORS, m);
        assertEquals(0.5, plsc.pathCoefficient("A", "B"), 1e-12);
        assertEquals(2 * 0.64 / 1.64, plsc.quality().rhoA("A").orElseThrow(), 1e-12);
        for (String i : NAMES) {
            assertEquals(0.8, plsc.loading(i), 1e-12, i);
        }
    }

    /**
     * Five-category items generated from that factor model (n = 5000, seed 2024): OrdPLSc
     * recovers the factor correlation and the loadings of the latent responses within 0.03, and
     * its path is the OrdPLS composite correlation over sqrt(ρA_A ρA_B), ρA from the polychoric
     * matrix and the weights (Dijkstra and Henseler 2015, eq. 13).
     */
    @Test
    void ordinalPlscIsConsistentForDiscretisedFactorData() {
        DataTable data = factorData(5000, new SplittableRandom(2024));
        OrdinalResult ord = new OrdinalEstimator(PLSC, OrdinalSettings.allIndicators()).estimate(FACTORS, data);
        PlsResult plsc = ord.pls();
        assertEquals(0.5, plsc.pathCoefficient("A", "B"), 0.03);
        for (String i : NAMES) {
            assertEquals(0.8, plsc.loading(i), 0.03, i);
        }
        OrdinalResult plain = new OrdinalEstimator(PLSC.withConsistent(false), OrdinalSettings.allIndicators())
                .estimate(FACTORS, data);
        double rhoA = rhoA(ord.correlations(), plain.pls(), "a1", "a2");
        double rhoB = rhoA(ord.correlations(), plain.pls(), "b1", "b2");
        assertEquals(plain.pls().pathCoefficient("A", "B") / Math.sqrt(rhoA * rhoB), plsc.pathCoefficient("A", "B"), 1e-10);
        assertEquals(rhoA, plsc.quality().rhoA("A").orElseThrow(), 1e-10);
        assertTrue(plain.pls().pathCoefficient("A", "B") < 0.45, "OrdPLS without correction is attenuated");
    }

    /** ρA of a two-indicator block: (w₁² + w₂²)² r₁₂ / (w₁ w₂). */
    private static double rhoA(IndicatorCorrelations c, PlsResult fit, String x, String y) {
        double w1 = fit.outerWeight(x);
        double w2 = fit.outerWeight(y);
        return Math.pow(w1 * w1 + w2 * w2, 2) * c.correlation(x, y) / (w1 * w2);
    }

    private static DataTable factorData(int n, SplittableRandom random) {
        double[][] cols = new double[4][n];
        double[] cuts = {-1.5, -0.5, 0.4, 1.2};
        double e = Math.sqrt(1 - 0.64);
        for (int r = 0; r < n; r++) {
            double fa = random.nextGaussian();
            double fb = 0.5 * fa + Math.sqrt(0.75) * random.nextGaussian();
            double[] z = {0.8 * fa + e * random.nextGaussian(), 0.8 * fa + e * random.nextGaussian(),
                0.8 * fb + e * random.nextGaussian(), 0.8 * fb + e * random.nextGaussian()};
            for (int j = 0; j < 4; j++) {
                cols[j][r] = OrdinalSimulation.discretise(new double[] {z[j]}, cuts)[0];
            }
        }
        return DataTable.ofColumns(NAMES, cols);
    }
}
