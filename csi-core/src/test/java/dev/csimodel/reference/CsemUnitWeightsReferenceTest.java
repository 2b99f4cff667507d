package dev.csimodel.reference;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.result.QualityCriteria;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.syntax.ModelSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unit weights ({@link OuterMode#UNIT}) against cSEM 0.6.1's {@code .approach_weights = "unit"}
 * on the ECSI bank survey (files {@code csem_sat_unit_*}, see ORIGIN.md).
 */
class CsemUnitWeightsReferenceTest {

    /** Standardised alpha against the hand formula: both are sums of the same correlations. */
    static final double ALPHA_TOL = 1e-12;

    static PlsResult fit;

    @BeforeAll
    static void estimate() {
        fit = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.UNIT), BankData.table());
    }

    @Test
    void weightsLoadingsPathsAndRSquaredMatchCsem() {
        CsemEstimates csem = new CsemEstimates("csem_sat_unit");
        csem.weights(fit::outerWeight);
        csem.loadings(fit::loading);
        csem.paths(fit::pathCoefficient);
        csem.rSquared(c -> fit.rSquared(c).orElseThrow(), c -> fit.adjustedRSquared(c).orElseThrow());
    }

    @Test
    void imagWeightIsTheReadmeValueAndNoIterationRuns() {
        assertEquals(0.2591597, fit.outerWeight("imag1"), 1e-7);
        assertTrue(fit.converged());
        assertEquals(0, fit.iterations());
    }

    @Test
    void unitBlocksWrittenInTheSyntaxGiveTheSameFit() {
        String text = ModelSyntax.format(BankData.model(OuterMode.UNIT));
        assertTrue(text.startsWith("IMAG <~ [unit] imag1"), text);
        PathModel parsed = ModelSyntax.parse(text);
        PlsResult again = PlsEstimator.withDefaults().estimate(parsed, BankData.table());
        assertEquals(fit.pathCoefficient("SAT", "LOY"), again.pathCoefficient("SAT", "LOY"), 0.0);
    }

    /**
     * ρA with equal weights reduces to standardised Cronbach's alpha,
     * {@code m r̄ / (1 + (m − 1) r̄)} with r̄ the mean inter-item correlation.
     */
    @Test
    void rhoAOfUnitWeightsIsStandardisedAlpha() {
        QualityCriteria q = fit.quality();
        List<String> items = BankData.indicators("SAT");
        int m = items.size();
        double sum = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                List<String> all = fit.model().indicators();
                sum += fit.moments().correlation(all.indexOf(items.get(i)), all.indexOf(items.get(j)));
            }
        }
        double mean = sum / (m * (m - 1) / 2.0);
        double alpha = m * mean / (1 + (m - 1) * mean);
        assertEquals(alpha, q.rhoA("SAT").orElseThrow(), ALPHA_TOL);
    }

    /** A unit block beside iterated ones: fixed at its sum score while the others iterate. */
    @Test
    void mixedModelKeepsUnitBlockFixed() {
        var b = PathModel.builder();
        for (String c : BankData.CONSTRUCTS) {
            b.construct(c).block(c.equals("LOY") ? OuterMode.UNIT : OuterMode.A, BankData.indicators(c));
        }
        PlsResult mixed = PlsEstimator.withDefaults().estimate(BankData.paths(b).build(), BankData.table());
        for (String i : BankData.indicators("LOY")) {
            assertEquals(fit.outerWeight(i), mixed.outerWeight(i), 1e-12, i);
        }
        PlsResult modeA = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), BankData.table());
        assertTrue(mixed.iterations() > 0);
        assertTrue(Math.abs(mixed.outerWeight("sat1") - modeA.outerWeight("sat1")) > 1e-4,
                "SAT's Mode A weights see the sum score of LOY, not LOY's Mode A composite");
    }

    @Test
    void consistentPlsRefusesAUnitWeightCommonFactorByName() {
        PathModel m = ModelSyntax.parse("A =~ a1 + a2\nB =~ [unit] b1 + b2\nB ~ A");
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> new PlsEstimator(PlsSettings.defaults().withConsistent(true))
                        .estimate(m, DataTable.ofRows(List.of("a1", "a2", "b1", "b2"),
                                new double[][]{{1, 2, 1, 3}, {2, 1, 3, 2}, {3, 3, 2, 2}, {4, 5, 5, 4}, {1, 2, 2, 1}})));
        assertTrue(e.getMessage().contains("common factor 'B'"), e.getMessage());
    }
}
