package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.estimate.InnerScheme;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consistent PLS (Dijkstra and Henseler 2015) on known population models and hand-computed cases. */
class ConsistentPlsTest {

    /** Exact population moments: PLSc is then exact up to the iteration's tolerance. */
    static final double POPULATION_TOL = 1e-7;
    /** Hand-computed small cases. */
    static final double HAND_TOL = 1e-9;
    /** Sampling error allowed for paths estimated from 20,000 simulated rows. */
    static final double SIMULATION_TOL = 0.01;
    /** Least attenuation of plain PLS paths we expect to see at these reliabilities. */
    static final double ATTENUATION = 0.02;

    static final PlsEstimator PLSC = new PlsEstimator(PlsSettings.defaults().withConsistent(true));
    static final PlsEstimator PLAIN = PlsEstimator.withDefaults();

    @ParameterizedTest
    @EnumSource(InnerScheme.class)
    void recoversLoadingsAndPathsOfThePopulation(InnerScheme scheme) {
        PlsResult r = new PlsEstimator(PlsSettings.defaults().withConsistent(true).withScheme(scheme))
                .estimate(FactorPopulation.model(), FactorPopulation.populationMoments());
        for (int i = 0; i < FactorPopulation.NAMES.length; i++) {
            assertEquals(FactorPopulation.LOADINGS[i], r.loading(FactorPopulation.NAMES[i]), POPULATION_TOL,
                    FactorPopulation.NAMES[i]);
        }
        assertPaths(r, POPULATION_TOL);
        // R² of C = β'Φβ = 0.3·0.5 + 0.4·0.55 = 0.37
        assertEquals(0.37, r.rSquared("C").orElseThrow(), POPULATION_TOL);
        assertEquals(0.5, r.constructCorrelation("A", "C"), POPULATION_TOL);
        assertTrue(r.consistencyDiagnostics().isEmpty());
    }

    /**
     * Centred fit on the population covariances of indicators with SDs 1..2.8: Mode A weights are
     * then proportional to the unstandardised loadings, and the correction in the covariance
     * metric still recovers the standardised loadings and the paths.
     */
    @Test
    void recoversThePopulationFromCovariancesWhenCentred() {
        Moments corr = FactorPopulation.populationMoments();
        int p = corr.size();
        double[] cov = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                cov[i * p + j] = corr.correlation(i, j) * (1 + 0.2 * i) * (1 + 0.2 * j);
            }
        }
        Moments moments = new Moments(corr.names(), corr.observations(), new double[p], cov);
        PlsResult r = new PlsEstimator(PlsSettings.defaults().withConsistent(true).withScaling(Scaling.CENTRED))
                .estimate(FactorPopulation.model(), moments);
        for (int i = 0; i < p; i++) {
            assertEquals(FactorPopulation.LOADINGS[i], r.loading(FactorPopulation.NAMES[i]), POPULATION_TOL,
                    FactorPopulation.NAMES[i]);
        }
        assertPaths(r, POPULATION_TOL);
        assertTrue(r.consistencyDiagnostics().isEmpty());
    }

    @Test
    void recoversPathsFromSimulatedDataWherePlainPlsAttenuates() {
        DataTable data = FactorPopulation.sample(20_000, 20_150_415L);
        PlsResult consistent = PLSC.estimate(FactorPopulation.model(), data);
        assertPaths(consistent, SIMULATION_TOL);
        PlsResult plain = PLAIN.estimate(FactorPopulation.model(), data);
        assertTrue(plain.pathCoefficient("A", "B") < FactorPopulation.A_B - ATTENUATION, "A->B " + plain.pathCoefficient("A", "B"));
        // A->C is a partial coefficient: B's stronger attenuation shifts part of B's share to A,
        // so only the total effect of A on C (0.3 + 0.5·0.4 = 0.5) is reliably attenuated
        double total = FactorPopulation.A_C + FactorPopulation.A_B * FactorPopulation.B_C;
        assertEquals(total, consistent.effect("A", "C").total(), SIMULATION_TOL);
        assertTrue(plain.effect("A", "C").total() < total - ATTENUATION, "total A->C " + plain.effect("A", "C").total());
        assertTrue(plain.pathCoefficient("B", "C") < FactorPopulation.B_C - ATTENUATION, "B->C " + plain.pathCoefficient("B", "C"));
        assertTrue(plain.rSquared("C").orElseThrow() < consistent.rSquared("C").orElseThrow() - ATTENUATION);
    }

    private static void assertPaths(PlsResult r, double tol) {
        assertEquals(FactorPopulation.A_B, r.pathCoefficient("A", "B"), tol, "A->B");
        assertEquals(FactorPopulation.A_C, r.pathCoefficient("A", "C"), tol, "A->C");
        assertEquals(FactorPopulation.B_C, r.pathCoefficient("B", "C"), tol, "B->C");
    }

    @Test
    void consistentWithoutCommonFactorIsASpecificationError() {
        PathModel composites = PathModel.builder()
                .construct("A").modeA("a1", "a2", "a3")
                .construct("B").modeA("b1", "b2", "b3", "b4")
                .construct("C").modeA("c1", "c2", "c3")
                .path("A", "B").path("B", "C").build();
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> PLSC.estimate(composites, FactorPopulation.populationMoments()));
        assertTrue(e.getMessage().contains("no construct is declared a common factor"), e.getMessage());
    }

    @Test
    void settingsDefaultToPlainPlsAndWithersKeepTheFlag() {
        assertFalse(PlsSettings.defaults().consistent());
        PlsSettings s = PlsSettings.defaults().withConsistent(true).withScheme(InnerScheme.CENTROID)
                .withTolerance(1e-8).withMaxIterations(50).withFailOnNonConvergence(true);
        assertTrue(s.consistent());
        assertEquals(InnerScheme.CENTROID, s.scheme());
        assertFalse(s.withConsistent(false).consistent());
    }

    /**
     * Two blocks of two indicators, correlation 0.36 within each block and 0.4 across all pairs.
     * By symmetry every weight is ŵ = 1/sqrt(2·1.36) = 1/sqrt(2.72); the composites correlate
     * 4·0.4/2.72 = 0.588235; ρA = (ŵ'ŵ)²·2ŵ²·0.36/((ŵ'ŵ)² − 2ŵ⁴) = 1.44ŵ² = 1.44/2.72.
     */
    static Moments twoBlocks(double within, double across) {
        double[][] r = {
                {1, within, across, across},
                {within, 1, across, across},
                {across, across, 1, within},
                {across, across, within, 1}};
        return moments(List.of("a1", "a2", "b1", "b2"), r);
    }

    static Moments moments(List<String> names, double[][] r) {
        int p = names.size();
        double[] cov = new double[p * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(r[i], 0, cov, i * p, p);
        }
        return new Moments(names, 100, new double[p], cov);
    }

    static PathModel twoBlockModel(boolean aFactor) {
        PathModelBuilder b = PathModel.builder().construct("A").modeA("a1", "a2");
        if (aFactor) {
            b.commonFactor();
        }
        return b.construct("B").modeA("b1", "b2").commonFactor().path("A", "B").build();
    }

    /**
     * r* = (1.6/2.72)/(1.44/2.72) = 1.6/1.44 = 1.1111 > 1, so R² = r*² = 1.2346; the loadings
     * λ = ŵ·sqrt(ρA)/(ŵ'ŵ) = sqrt(1.44/2.72)·sqrt(2.72)/2 = 0.6 reproduce the within-block 0.36.
     */
    @Test
    void correlationBeyondOneIsReportedNotThrown() {
        PlsResult r = PLSC.estimate(twoBlockModel(true), twoBlocks(0.36, 0.4));
        assertEquals(1.44 / 2.72, r.quality().rhoA("A").orElseThrow(), HAND_TOL);
        assertEquals(1.6 / 1.44, r.constructCorrelation("A", "B"), HAND_TOL);
        assertEquals(0.6, r.loading("a1"), HAND_TOL);
        // cross-loading: corr(a1, Y_B) = 0.8ŵ, over sqrt(ρA) = 1.2ŵ: 0.8/1.2
        assertEquals(0.8 / 1.2, r.crossLoading("a1", "B"), HAND_TOL);
        assertEquals(Math.pow(1.6 / 1.44, 2), r.rSquared("B").orElseThrow(), HAND_TOL);
        List<Diagnostic> d = r.consistencyDiagnostics();
        assertEquals(List.of(DiagnosticKind.CORRELATION_BEYOND_ONE, DiagnosticKind.NOT_POSITIVE_DEFINITE,
                DiagnosticKind.R_SQUARED_OUT_OF_RANGE, DiagnosticKind.PATH_BEYOND_ONE),
                d.stream().map(Diagnostic::kind).toList());
        assertEquals(List.of("A", "B"), d.get(0).constructs());
        // eigenvalues of [[1, r*], [r*, 1]] are 1 ± r*
        assertEquals(1 - 1.6 / 1.44, d.get(1).value(), HAND_TOL);
        assertTrue(d.get(2).message().contains("'B'"), d.get(2).message());
        assertTrue(r.path("A", "B").stdError().isEmpty(), "OLS inference does not apply to consistent PLS");
    }

    /** A composite keeps ρ = 1: r* = 0.588235/sqrt(1.44/2.72) = 1.6/(1.2·sqrt(2.72)). */
    @Test
    void compositesAreNotCorrected() {
        PlsResult r = PLSC.estimate(twoBlockModel(false), twoBlocks(0.36, 0.4));
        assertEquals(1.6 / (1.2 * Math.sqrt(2.72)), r.constructCorrelation("A", "B"), HAND_TOL);
        // the composite keeps its PLS loading (S ŵ)_a1 = 1.36/sqrt(2.72); the factor gets 0.6
        assertEquals(1.36 / Math.sqrt(2.72), r.loading("a1"), HAND_TOL);
        assertEquals(0.6, r.loading("b1"), HAND_TOL);
        assertTrue(r.consistencyDiagnostics().isEmpty());
    }

    /**
     * a1, a2, a3 correlate −0.3, −0.2, 0.1 with each other but 0.3 with b1 and b2 (which
     * correlate 0.5), so all weights of a block are equal: ŵ_A = 1/sqrt(3 + 2(−0.4)) = 1/sqrt(2.2),
     * ρA_A = (3ŵ²)²·2ŵ²(−0.4)/((3ŵ²)² − 3ŵ⁴) = −1.2ŵ² = −1.2/2.2 ≤ 0: A stays uncorrected, a1
     * keeps its PLS loading (Sŵ)_a1 = (1 − 0.3 − 0.2)ŵ = 0.5/sqrt(2.2) (not ŵ/(ŵ'ŵ) = sqrt(2.2)/3).
     * ŵ_B = 1/sqrt(3), ρA_B = 2/3, r = 6·0.3·ŵ_Aŵ_B and r* = r/sqrt(2/3).
     */
    @Test
    void nonPositiveRhoAIsReportedAndLeftUncorrected() {
        double[][] s = {
                {1, -0.3, -0.2, 0.3, 0.3},
                {-0.3, 1, 0.1, 0.3, 0.3},
                {-0.2, 0.1, 1, 0.3, 0.3},
                {0.3, 0.3, 0.3, 1, 0.5},
                {0.3, 0.3, 0.3, 0.5, 1}};
        PathModel model = PathModel.builder().construct("A").modeA("a1", "a2", "a3").commonFactor()
                .construct("B").modeA("b1", "b2").commonFactor().path("A", "B").build();
        PlsResult r = PLSC.estimate(model, moments(List.of("a1", "a2", "a3", "b1", "b2"), s));
        List<Diagnostic> d = r.consistencyDiagnostics();
        assertEquals(1, d.size());
        assertEquals(DiagnosticKind.RHO_A_OUT_OF_RANGE, d.get(0).kind());
        assertEquals(List.of("A"), d.get(0).constructs());
        assertEquals(-1.2 / 2.2, d.get(0).value(), HAND_TOL);
        assertTrue(d.get(0).message().contains("'A'"), d.get(0).message());
        assertEquals(1.8 / Math.sqrt(2.2 * 3) / Math.sqrt(2.0 / 3), r.constructCorrelation("A", "B"), HAND_TOL);
        assertEquals(0.5 / Math.sqrt(2.2), r.loading("a1"), HAND_TOL);
    }
}
