package dev.csimodel.result;

import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quantities that do not apply are absent, not 0 (issue #10, item 12). */
class NotApplicableTest {

    static PlsResult result;

    @BeforeAll
    static void fit() {
        result = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), BankData.table());
    }

    @Test
    void exogenousConstructHasNoRSquaredAdjustedRSquaredOrRedundancy() {
        assertTrue(result.rSquared("IMAG").isEmpty(), "IMAG is exogenous");
        assertTrue(result.adjustedRSquared("IMAG").isEmpty());
        assertTrue(result.redundancy("imag1").isEmpty());
        assertTrue(result.quality().meanRedundancy("IMAG").isEmpty());
    }

    @Test
    void endogenousConstructKeepsItsValues() {
        // seminr_sat_paths.csv: R² of SAT 0.7022747 (see SeminrReferenceTest for all of them)
        assertEquals(0.70227465017945, result.rSquared("SAT").orElseThrow(), 1e-6);
        double r2 = result.rSquared("SAT").orElseThrow();
        assertEquals(result.communality("sat1") * r2, result.redundancy("sat1").orElseThrow(), 1e-15);
        assertEquals(result.quality().blockCommunality("SAT") * r2,
                result.quality().meanRedundancy("SAT").orElseThrow(), 1e-15);
    }
}
