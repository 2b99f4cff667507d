package dev.csimodel.reference;

import dev.csimodel.data.Moments;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.ordinal.CorrelationKind;
import dev.csimodel.ordinal.IndicatorCorrelations;
import dev.csimodel.ordinal.OrdinalEstimator;
import dev.csimodel.ordinal.OrdinalIndicator;
import dev.csimodel.ordinal.OrdinalResult;
import dev.csimodel.ordinal.OrdinalSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ordinal PLS against cSEM 0.6.1 / polycor 0.8-1 on the bank survey with all 27 indicators
 * ordered (files {@code csem_sat_ordpls_*}, see ORIGIN.md and the shared README, section OrdPLS).
 */
class CsemOrdinalReferenceTest {

    /** Thresholds: the same Φ⁻¹ of the same shares; both sides are accurate to about 1e-15. */
    static final double THRESHOLD_TOL = 1e-9;
    /**
     * Against polycor run with {@code optimise(tol = 1e-10)}: what is left is the flatness of
     * the log-likelihood at its maximum (about 1e-8 in ρ) on both sides.
     */
    static final double TIGHT_TOL = 1e-6;
    /** cSEM's own matrix: {@code optimise} at its default tolerance differs from the tight one by up to 2e-5. */
    static final double CSEM_COR_TOL = 1e-4;
    /** Estimates from cSEM's matrix inherit its 2e-5 errors, amplified a little by the iteration. */
    static final double CSEM_ESTIMATE_TOL = 1e-4;
    /** The same PLS iteration on (nearly) the same matrix: tight matrix against ours. */
    static final double SAME_MATRIX_TOL = 1e-6;

    static PathModel model;
    static OrdinalResult fit;

    @BeforeAll
    static void estimate() {
        model = BankData.model(OuterMode.A);
        fit = new OrdinalEstimator(csemSettings(), OrdinalSettings.allIndicators()).estimate(model, BankData.table());
    }

    /**
     * cSEM's settings of the reference run: path scheme, 10000 iterations, and its stopping rule
     * max |Δw| < 1e-10, which our criterion Σ(Δ|w|)² reaches at 1e-20 (each |Δw| is then below 1e-10).
     */
    static PlsSettings csemSettings() {
        return PlsSettings.defaults().withTolerance(1e-20).withMaxIterations(10_000);
    }

    @Test
    void thresholdsMatchPolycor() {
        ReferenceTable t = ReferenceTable.load("/satisfaction/reference/csem/csem_sat_ordpls_thresholds.csv");
        for (int row = 0; row < t.rowCount(); row++) {
            String name = t.cell(row, 0);
            int j = Integer.parseInt(t.cell(row, 1));
            OrdinalIndicator o = fit.correlations().ordinal(name).orElseThrow();
            assertEquals(t.number(row, 2), o.thresholds().get(j - 1), THRESHOLD_TOL, name + " threshold " + j);
        }
        assertEquals(258, t.rowCount());
        assertEquals(258, fit.correlations().ordinalIndicators().stream().mapToInt(o -> o.thresholds().size()).sum());
        assertEquals(8, fit.correlations().ordinal("imag4").orElseThrow().categoryCount(), "README: imag4 has 8 categories");
    }

    @Test
    void polychoricMatrixMatchesTheTightReferenceEverywhere() {
        assertEquals(0, maxDifference("csem_sat_ordpls_indicator_cor_tight", fit.correlations()::correlation),
                TIGHT_TOL);
        assertEquals(0.707130658324736, fit.correlations().correlation("imag1", "imag2"), TIGHT_TOL);
        assertEquals(CorrelationKind.POLYCHORIC, fit.correlations().kind("imag1", "loy4"));
        assertEquals(java.util.Set.of(CorrelationKind.POLYCHORIC), fit.correlations().kinds());
        assertFalse(fit.correlations().smoothed());
        assertTrue(fit.correlations().diagnostics().isEmpty(), "every optimum is interior (README)");
        assertTrue(fit.correlations().smallestEigenvalue() > 0);
    }

    @Test
    void polychoricMatrixMatchesCsemsToItsOptimiserTolerance() {
        assertEquals(0, maxDifference("csem_sat_ordpls_indicator_cor", fit.correlations()::correlation), CSEM_COR_TOL);
    }

    @Test
    void weightsLoadingsPathsAndRSquaredMatchCsem() {
        PlsResult pls = fit.pls();
        assertTrue(pls.converged());
        CsemEstimates csem = new CsemEstimates("csem_sat_ordpls", CSEM_ESTIMATE_TOL);
        csem.weights(pls::outerWeight);
        csem.loadings(pls::loading);
        csem.paths(pls::pathCoefficient);
        csem.rSquared(c -> pls.rSquared(c).orElseThrow(), c -> pls.adjustedRSquared(c).orElseThrow());
        assertEquals(0.5481, pls.pathCoefficient("IMAG", "EXPE"), 1e-4, "README: EXPE ~ IMAG");
        assertEquals(0.4601, pls.pathCoefficient("SAT", "LOY"), 1e-4, "README: LOY ~ SAT");
    }

    /**
     * PLS on the tight reference matrix and on ours agree far closer than either does with
     * cSEM's estimates: the 1e-4 against cSEM is the optimiser tolerance of cSEM's matrix.
     */
    @Test
    void plsOnTheTightMatrixAgreesWithOursToTheMatrixPrecision() {
        PlsResult tight = new PlsEstimator(csemSettings()).estimate(model, referenceMoments("csem_sat_ordpls_indicator_cor_tight"));
        PlsResult ours = fit.pls();
        for (String i : model.indicators()) {
            assertEquals(tight.outerWeight(i), ours.outerWeight(i), SAME_MATRIX_TOL, "weight " + i);
            assertEquals(tight.loading(i), ours.loading(i), SAME_MATRIX_TOL, "loading " + i);
        }
        model.paths().forEach(p -> assertEquals(tight.pathCoefficient(p.from(), p.to()),
                ours.pathCoefficient(p.from(), p.to()), SAME_MATRIX_TOL, p.toString()));
    }

    /** cSEM's estimates follow from cSEM's matrix by the same PLS to its convergence tolerance. */
    @Test
    void plsOnCsemsMatrixReproducesCsemsEstimates() {
        PlsResult theirs = new PlsEstimator(csemSettings()).estimate(model, referenceMoments("csem_sat_ordpls_indicator_cor"));
        CsemEstimates csem = new CsemEstimates("csem_sat_ordpls", 1e-8);
        csem.weights(theirs::outerWeight);
        csem.loadings(theirs::loading);
        csem.paths(theirs::pathCoefficient);
        csem.rSquared(c -> theirs.rSquared(c).orElseThrow(), c -> theirs.adjustedRSquared(c).orElseThrow());
    }

    @Test
    void theMatrixIsTheSameForAnyThreadCount() {
        IndicatorCorrelations one = IndicatorCorrelations.estimate(BankData.table(), model.indicators(),
                OrdinalSettings.allIndicators().withThreads(1));
        IndicatorCorrelations three = IndicatorCorrelations.estimate(BankData.table(), model.indicators(),
                OrdinalSettings.allIndicators().withThreads(3));
        for (String a : model.indicators()) {
            for (String b : model.indicators()) {
                assertEquals(one.correlation(a, b), three.correlation(a, b), 0.0, a + "," + b);
            }
        }
    }

    @Test
    void polychoricCorrelationsExceedPearsonOnes() {
        Moments pearson = Moments.of(BankData.table(), model.indicators());
        assertEquals(0.6437, pearson.correlation(0, 1), 1e-4, "README: Pearson imag1-imag2");
        assertTrue(fit.correlations().correlation("imag1", "imag2") > pearson.correlation(0, 1));
    }

    /** @return max |ours − file| over all cells of a 27 × 27 reference matrix */
    private static double maxDifference(String file, BiFunction<String, String, Double> ours) {
        ReferenceTable t = ReferenceTable.load("/satisfaction/reference/csem/" + file + ".csv");
        List<String> names = model.indicators();
        assertEquals(names, t.header().subList(1, t.header().size()));
        double max = 0;
        for (String a : names) {
            for (String b : names) {
                max = Math.max(max, Math.abs(t.number(a, b) - ours.apply(a, b)));
            }
        }
        return max;
    }

    static Moments referenceMoments(String file) {
        ReferenceTable t = ReferenceTable.load("/satisfaction/reference/csem/" + file + ".csv");
        List<String> names = model.indicators();
        int p = names.size();
        double[] r = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i * p + j] = t.number(names.get(i), names.get(j));
            }
        }
        return Moments.ofCorrelation(names, 250, r);
    }
}
