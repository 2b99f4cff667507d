package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SRMR, d_ULS and d_G of saturated and estimated models on hand-checkable cases. */
class ModelFitTest {

    /** Closed-form statistics of small matrices. */
    static final double HAND_TOL = 1e-12;
    /** Fit of models estimated iteratively (tolerance 1e-9 on the weights). */
    static final double FIT_TOL = 1e-7;

    @Test
    void statisticsOfTwoCorrelationMatricesByHand() {
        double[][] s = {{1, 0.5}, {0.5, 1}};
        double[][] sigma = {{1, 0.3}, {0.3, 1}};
        FitStatistics f = FitStatistics.between(s, sigma);
        // one residual 0.2 among the 3 lower-triangle elements (diagonal included)
        assertEquals(Math.sqrt(0.04 / 3), f.srmr(), HAND_TOL);
        // ½ (0.2² + 0.2²)
        assertEquals(0.04, f.dUls(), HAND_TOL);
        // S and Σ share the eigenvectors (1, 1) and (1, −1): S⁻¹Σ has eigenvalues 1.3/1.5 and 0.7/0.5
        double expected = 0.5 * (Math.pow(Math.log(1.3 / 1.5), 2) + Math.pow(Math.log(0.7 / 0.5), 2));
        assertEquals(expected, f.dG().orElseThrow(), HAND_TOL);
    }

    @Test
    void identicalMatricesHaveZeroDistance() {
        double[][] s = {{1, 0.4, 0.2}, {0.4, 1, -0.3}, {0.2, -0.3, 1}};
        FitStatistics f = FitStatistics.between(s, s);
        assertEquals(0.0, f.srmr(), 0.0);
        assertEquals(0.0, f.dUls(), 0.0);
        assertEquals(0.0, f.dG().orElseThrow(), HAND_TOL);
    }

    @Test
    void geodesicDistanceNeedsPositiveDefiniteMatrices() {
        double[][] s = {{1, 0.5}, {0.5, 1}};
        double[][] indefinite = {{1, 1.2}, {1.2, 1}};
        assertFalse(FitStatistics.between(s, indefinite).dG().isPresent());
        assertFalse(FitStatistics.between(indefinite, s).dG().isPresent());
        // SRMR and d_ULS stay defined: residual 0.7 once in the lower triangle, twice in all
        assertEquals(Math.sqrt(0.49 / 3), FitStatistics.between(s, indefinite).srmr(), HAND_TOL);
    }

    @Test
    void badMatricesAreRejectedNamingTheCulprit() {
        double[][] two = {{1, 0.5}, {0.5, 1}};
        double[][] three = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> FitStatistics.between(two, three));
        assertTrue(e.getMessage().contains("implied matrix has 3 rows, expected 2"), e.getMessage());
        double[][] nan = {{1, Double.NaN}, {0.5, 1}};
        e = assertThrows(CsiSpecificationException.class, () -> FitStatistics.between(two, nan));
        assertTrue(e.getMessage().contains("row 0, column 1"), e.getMessage());
        double[][] ragged = {{1, 0.5}, {0.5}};
        e = assertThrows(CsiSpecificationException.class, () -> FitStatistics.between(ragged, two));
        assertTrue(e.getMessage().contains("row 1 of the empirical matrix"), e.getMessage());
    }

    /**
     * Blocks A = {a1, a2} (within 0.5), B = {b1, b2} (within 0.4), across [[0.4, 0.2], [0.2, 0.4]].
     * Swapping a1↔a2 and b1↔b2 together leaves S unchanged, so all weights within a block are
     * equal: ŵ_A = 1/sqrt(2·1.5), ŵ_B = 1/sqrt(2·1.4), r = ŵ_Aŵ_B·1.2, loadings ℓ_A = 1.5ŵ_A,
     * ℓ_B = 1.4ŵ_B, and every implied cross-block correlation is ℓ_A r ℓ_B = 1.2/4 = 0.3.
     */
    @ParameterizedTest
    @ValueSource(strings = {"A", "B"})
    void twoBlockCompositeModelByHand(String mode) {
        double[][] s = {{1, 0.5, 0.4, 0.2}, {0.5, 1, 0.2, 0.4}, {0.4, 0.2, 1, 0.4}, {0.2, 0.4, 0.4, 1}};
        PathModelBuilder b = PathModel.builder();
        b.construct("A").block(OuterMode.valueOf(mode), "a1", "a2");
        b.construct("B").block(OuterMode.valueOf(mode), "b1", "b2");
        PlsResult r = PlsEstimator.withDefaults().estimate(b.path("A", "B").build(), moments(List.of("a1", "a2", "b1", "b2"), s));
        ModelFit fit = r.fit();
        assertEquals(0.3, fit.impliedCorrelationSaturated()[0][2], FIT_TOL);
        assertEquals(0.5, fit.impliedCorrelationSaturated()[0][1], 0.0);
        // residuals ±0.1 on the four cross-block entries, all in the lower triangle of 10
        assertEquals(Math.sqrt(4 * 0.01 / 10), fit.srmrSaturated(), FIT_TOL);
        assertEquals(0.5 * 8 * 0.01, fit.dUlsSaturated(), FIT_TOL);
        // S and Σ agree on span{(1,1,0,0), (0,0,1,1)}; on the antisymmetric pair (1,−1,0,0)/√2,
        // (0,0,1,−1)/√2 S is [[0.5, 0.2], [0.2, 0.6]] and Σ is diag(0.5, 0.6), so the eigenvalues
        // of S⁻¹Σ are 1, 1 and 1/(1 ± q) with q = 0.2/sqrt(0.5·0.6)
        double q = 0.2 / Math.sqrt(0.3);
        double dG = 0.5 * (Math.pow(Math.log(1 + q), 2) + Math.pow(Math.log(1 - q), 2));
        assertEquals(dG, fit.dGSaturated().orElseThrow(), FIT_TOL);
        // one path between two constructs: the estimated model is the saturated one
        assertEquals(fit.srmrSaturated(), fit.srmrEstimated(), HAND_TOL);
        assertEquals(fit.dGSaturated().orElseThrow(), fit.dGEstimated().orElseThrow(), HAND_TOL);
    }

    /**
     * Single indicators (ℓ = 1, Σ_sat = S) in the chain A → B → C, declared in reverse order:
     * r_AB = 0.5, r_BC = 0.6, r_AC = 0.5. The chain implies r_AC = 0.5·0.6 = 0.3.
     */
    @Test
    void estimatedModelOfAChainByHand() {
        double[][] s = {{1, 0.6, 0.5}, {0.6, 1, 0.5}, {0.5, 0.5, 1}};
        PathModel chain = PathModel.builder()
                .construct("C").modeA("c").construct("B").modeA("b").construct("A").modeA("a")
                .path("A", "B").path("B", "C").build();
        ModelFit fit = PlsEstimator.withDefaults().estimate(chain, moments(List.of("c", "b", "a"), s)).fit();
        assertEquals(0.0, fit.srmrSaturated(), HAND_TOL);
        assertEquals(0.0, fit.dGSaturated().orElseThrow(), HAND_TOL);
        assertEquals(0.3, fit.impliedConstructCorrelation("A", "C"), HAND_TOL);
        assertEquals(0.6, fit.impliedConstructCorrelation("B", "C"), HAND_TOL);
        // residual 0.2 once among the 6 lower-triangle elements; twice in ½‖S − Σ‖²
        assertEquals(Math.sqrt(0.04 / 6), fit.srmrEstimated(), HAND_TOL);
        assertEquals(0.04, fit.dUlsEstimated(), HAND_TOL);
        assertEquals(List.of("c", "b", "a"), fit.indicators());
    }

    /**
     * A composite population (the composite model of Dijkstra and Henseler 2015, CSDA): S_jk = S_jj w_j R_jk w_k' S_kk.
     * Mode B recovers w exactly, so the saturated model reproduces S; with R_AC = R_AB·R_BC the
     * chain A → B → C reproduces it too.
     */
    @Test
    void compositePopulationIsReproducedExactly() {
        double[][] s = compositePopulation();
        List<String> names = List.of("a1", "a2", "a3", "b1", "b2", "c1", "c2");
        PathModel chain = PathModel.builder()
                .construct("A").modeB("a1", "a2", "a3").construct("B").modeB("b1", "b2")
                .construct("C").modeB("c1", "c2").path("A", "B").path("B", "C").build();
        ModelFit fit = PlsEstimator.withDefaults().estimate(chain, moments(names, s)).fit();
        assertEquals(0.0, fit.srmrSaturated(), FIT_TOL);
        assertEquals(0.0, fit.dUlsSaturated(), FIT_TOL);
        assertEquals(0.0, fit.dGSaturated().orElseThrow(), FIT_TOL);
        assertEquals(0.0, fit.srmrEstimated(), FIT_TOL);
        assertEquals(0.0, fit.dGEstimated().orElseThrow(), FIT_TOL);
        PathModel noPath = chain.toBuilder().removePath("B", "C").path("A", "C").build();
        ModelFit wrong = PlsEstimator.withDefaults().estimate(noPath, moments(names, s)).fit();
        assertEquals(0.0, wrong.srmrSaturated(), FIT_TOL);
        assertTrue(wrong.srmrEstimated() > 0.01, "misspecified structure: " + wrong.srmrEstimated());
    }

    private static double[][] compositePopulation() {
        double[][] within = {{1, 0.3, 0.2, 0, 0, 0, 0}, {0.3, 1, 0.4, 0, 0, 0, 0}, {0.2, 0.4, 1, 0, 0, 0, 0},
                {0, 0, 0, 1, 0.5, 0, 0}, {0, 0, 0, 0.5, 1, 0, 0}, {0, 0, 0, 0, 0, 1, 0.1}, {0, 0, 0, 0, 0, 0.1, 1}};
        int[] block = {0, 0, 0, 1, 1, 2, 2};
        double[] raw = {0.5, 0.3, 0.4, 0.6, 0.5, 0.7, 0.4};
        double[][] rho = {{1, 0.6, 0.3}, {0.6, 1, 0.5}, {0.3, 0.5, 1}};
        // loadings ℓ = S_jj w with w scaled to w'S_jj w = 1
        double[] l = new double[7];
        double[] var = new double[3];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                l[i] += within[i][j] * raw[j];
            }
            var[block[i]] += raw[i] * l[i];
        }
        double[][] s = new double[7][7];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                s[i][j] = block[i] == block[j] ? within[i][j]
                        : l[i] * rho[block[i]][block[j]] * l[j] / Math.sqrt(var[block[i]] * var[block[j]]);
            }
        }
        return s;
    }

    /** Consistent PLS on the exact factor population reproduces S; dropping A → C does not. */
    @Test
    void consistentPlsFitsItsFactorPopulation() {
        PlsEstimator plsc = new PlsEstimator(PlsSettings.defaults().withConsistent(true));
        ModelFit fit = plsc.estimate(FactorPopulation.model(), FactorPopulation.populationMoments()).fit();
        assertEquals(0.0, fit.srmrSaturated(), FIT_TOL);
        assertEquals(0.0, fit.srmrEstimated(), FIT_TOL);
        assertEquals(0.0, fit.dGEstimated().orElseThrow(), FIT_TOL);
        PathModel withoutAC = FactorPopulation.model().toBuilder().removePath("A", "C").build();
        ModelFit wrong = plsc.estimate(withoutAC, FactorPopulation.populationMoments()).fit();
        assertEquals(0.0, wrong.srmrSaturated(), FIT_TOL);
        // implied Φ_AC = 0.5·0.55 = 0.275 instead of 0.5: the a-c residuals are λ_a·0.225·λ_c
        assertEquals(0.5 * 0.55, wrong.impliedConstructCorrelation("A", "C"), FIT_TOL);
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 7; j < 10; j++) {
                sum += Math.pow(FactorPopulation.LOADINGS[i] * 0.225 * FactorPopulation.LOADINGS[j], 2);
            }
        }
        assertEquals(Math.sqrt(sum / 55), wrong.srmrEstimated(), FIT_TOL);
        assertEquals(sum, wrong.dUlsEstimated(), FIT_TOL);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void invariantToTheOrderOfIndicatorsAndConstructs(boolean consistent) {
        DataTable data = BankData.table();
        PlsEstimator est = new PlsEstimator(PlsSettings.defaults().withConsistent(consistent));
        ModelFit forward = est.estimate(bankModel(false), data).fit();
        ModelFit backward = est.estimate(bankModel(true), data).fit();
        assertStatistics(forward.saturated(), backward.saturated());
        assertStatistics(forward.estimated(), backward.estimated());
        assertTrue(forward.srmrEstimated() > forward.srmrSaturated(), "the ECSI structure is not saturated");
    }

    private static void assertStatistics(FitStatistics a, FitStatistics b) {
        assertEquals(a.srmr(), b.srmr(), FIT_TOL);
        assertEquals(a.dUls(), b.dUls(), FIT_TOL);
        assertEquals(a.dG().orElseThrow(), b.dG().orElseThrow(), FIT_TOL);
    }

    private static PathModel bankModel(boolean reversed) {
        List<String> constructs = new ArrayList<>(List.of(BankData.CONSTRUCTS));
        if (reversed) {
            Collections.reverse(constructs);
        }
        PathModelBuilder b = PathModel.builder();
        for (String c : constructs) {
            List<String> ind = new ArrayList<>(BankData.indicators(c));
            if (reversed) {
                Collections.reverse(ind);
            }
            b.construct(c).block(OuterMode.A, ind).commonFactor();
        }
        return BankData.paths(b).build();
    }

    static Moments moments(List<String> names, double[][] r) {
        return ConsistentPlsTest.moments(names, r);
    }
}
