package dev.csimodel.reference;

import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.gsca.GscaEstimator;
import dev.csimodel.gsca.GscaResult;
import dev.csimodel.gsca.GscaSettings;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.PathModelBuilder;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GSCA (Hwang and Takane 2004) against cSEM 0.6.1's {@code .approach_weights = "GSCA"} on the
 * ECSI bank survey: composites ({@code csem_sat_gsca_*}) and common factors without
 * disattenuation ({@code csem_sat_gsca_reflective_*}); see ORIGIN.md.
 */
class CsemGscaReferenceTest {

    /** Criterion and FIT recomputed from the reference loadings and R²: sums of 27 + 5 terms at 1e-6 each. */
    static final double CRITERION_TOL = 1e-5;

    static GscaResult composite;
    static GscaResult reflective;

    @BeforeAll
    static void estimate() {
        composite = GscaEstimator.withDefaults().estimate(BankData.model(OuterMode.B), BankData.table());
        PathModelBuilder b = PathModel.builder();
        for (String c : BankData.CONSTRUCTS) {
            b.construct(c).modeA(BankData.indicators(c).toArray(String[]::new)).commonFactor();
        }
        reflective = GscaEstimator.withDefaults().estimate(BankData.paths(b).build(), BankData.table());
    }

    @Test
    void compositeModelMatchesCsem() {
        check(new CsemEstimates("csem_sat_gsca"), composite);
        assertEquals(-0.054, composite.weight("imag1"), 5e-4, "README: the negative weight of imag1");
        assertTrue(composite.converged());
        assertEquals(16, composite.iterations(), "cSEM converged in 16 iterations (README)");
    }

    @Test
    void commonFactorModelMatchesCsem() {
        check(new CsemEstimates("csem_sat_gsca_reflective"), reflective);
        assertTrue(reflective.converged());
        assertEquals(16, reflective.iterations(), "cSEM converged in 16 iterations (README)");
    }

    private static void check(CsemEstimates csem, GscaResult fit) {
        csem.weights(fit::weight);
        csem.loadings(fit::loading);
        csem.paths(fit::pathCoefficient);
        csem.rSquared(c -> fit.rSquared(c).orElseThrow(), c -> fit.adjustedRSquared(c).orElseThrow());
    }

    /** The criterion of a composite model is Σ(1 − R²); of a factor model Σ(1 − λ²) + Σ(1 − R²). */
    @Test
    void criterionAndFitFollowFromTheReferenceLoadingsAndRSquared() {
        ReferenceTable r2 = ReferenceTable.load("/satisfaction/reference/csem/csem_sat_gsca_reflective_r2.csv");
        ReferenceTable loadings = ReferenceTable.load("/satisfaction/reference/csem/csem_sat_gsca_reflective_loadings.csv");
        double structural = 0;
        for (String c : r2.header().subList(1, r2.header().size())) {
            structural += 1 - r2.number("R2", c);
        }
        double measurement = 0;
        for (String c : BankData.CONSTRUCTS) {
            for (String i : BankData.indicators(c)) {
                measurement += 1 - Math.pow(loadings.number(c, i), 2);
            }
        }
        assertEquals(measurement + structural, reflective.criterion(), CRITERION_TOL);
        // SS(Ψ) = 27 indicators + 6 composites; IMAG, exogenous, adds 1 to the residual
        assertEquals(1 - (measurement + structural + 1) / 33.0, reflective.fit(), CRITERION_TOL);
    }

    /** GSCA minimises its criterion: fixed unit weights cannot do better than the estimated ones. */
    @Test
    void compositeCriterionIsBelowThatOfUnitWeights() {
        GscaResult unit = GscaEstimator.withDefaults().estimate(BankData.model(OuterMode.UNIT), BankData.table());
        assertTrue(composite.criterion() < unit.criterion(), composite.criterion() + " vs " + unit.criterion());
        assertUnitBlocksFixed(unit);
    }

    private static void assertUnitBlocksFixed(GscaResult unit) {
        // unit blocks are kept fixed, so GSCA on them reproduces cSEM's unit weights
        assertEquals(0.2591597, unit.weight("imag1"), 1e-7);
        assertEquals(OuterMode.UNIT, unit.fixedWeights("IMAG").orElseThrow());
        assertTrue(composite.fixedWeights("IMAG").isEmpty());
    }

    @Test
    void syntaxModelGivesTheSameFit() {
        PathModel parsed = ModelSyntax.parse(ModelSyntax.format(BankData.model(OuterMode.B)));
        GscaResult again = GscaEstimator.withDefaults().estimate(parsed, BankData.table());
        assertEquals(composite.pathCoefficient("SAT", "LOY"), again.pathCoefficient("SAT", "LOY"), 0.0);
    }

    @Test
    void tooFewIterationsAreReportedAndCanFail() {
        GscaResult one = new GscaEstimator(GscaSettings.defaults().withMaxIterations(2))
                .estimate(BankData.model(OuterMode.B), BankData.table());
        assertFalse(one.converged());
        assertEquals(2, one.iterations());
        assertThrows(CsiEstimationException.class, () -> new GscaEstimator(GscaSettings.defaults()
                .withMaxIterations(2).withFailOnNonConvergence(true)).estimate(BankData.model(OuterMode.B), BankData.table()));
    }

    @Test
    void compositeWithoutPathsIsRefusedByName() {
        PathModel m = PathModel.builder().construct("SAT").modeB("sat1", "sat2").build();
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> GscaEstimator.withDefaults().estimate(m, BankData.table()));
        assertTrue(e.getMessage().contains("composite 'SAT'"), e.getMessage());
    }

    @Test
    void unknownPathIsRefused() {
        assertThrows(CsiSpecificationException.class, () -> composite.pathCoefficient("LOY", "IMAG"));
    }
}
