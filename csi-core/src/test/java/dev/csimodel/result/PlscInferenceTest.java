package dev.csimodel.result;

import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consistent PLS paths carry no OLS inference (issue #10 item 8); plain PLS paths do. */
class PlscInferenceTest {

    @Test
    void consistentPathsHaveNoOlsInference() {
        PlsResult r = new PlsEstimator(PlsSettings.defaults().withConsistent(true))
                .estimate(FactorPopulation.model(), FactorPopulation.populationMoments());
        for (StructuralPath p : r.model().paths()) {
            Coefficient c = r.path(p.from(), p.to());
            assertFalse(c.hasInference(), p.toString());
            assertTrue(c.stdError().isEmpty() && c.tValue().isEmpty() && c.pValue().isEmpty(), c.toString());
            assertTrue(Double.isFinite(c.estimate()), c.toString());
        }
        RegressionSummary reg = r.regression("C").orElseThrow();
        assertTrue(reg.intercept().stdError().isEmpty());
    }

    @Test
    void plainPathsKeepTheirOlsInference() {
        PlsResult r = PlsEstimator.withDefaults().estimate(FactorPopulation.model(), FactorPopulation.populationMoments());
        for (StructuralPath p : r.model().paths()) {
            Coefficient c = r.path(p.from(), p.to());
            assertTrue(c.hasInference(), p.toString());
            assertEquals(c.estimate() / c.stdError().getAsDouble(), c.tValue().getAsDouble(), 1e-9, p.toString());
            assertTrue(c.pValue().getAsDouble() >= 0 && c.pValue().getAsDouble() <= 1, c.toString());
        }
    }
}
