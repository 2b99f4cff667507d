package dev.csimodel.result;

import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

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

    @Test
    void modeBBlockHasNoReliabilityAveHtmtOrFornellLarcker() {
        PathModel m = PathModel.builder()
                .construct("IMAG").block(OuterMode.B, BankData.indicators("IMAG"))
                .construct("SAT").block(OuterMode.A, BankData.indicators("SAT"))
                .construct("LOY").block(OuterMode.A, BankData.indicators("LOY"))
                .path("IMAG", "SAT").path("SAT", "LOY").build();
        QualityCriteria q = PlsEstimator.withDefaults().estimate(m, BankData.table()).quality();
        for (OptionalDouble v : List.of(q.cronbachAlpha("IMAG"), q.compositeReliability("IMAG"), q.rhoA("IMAG"),
                q.dillonGoldsteinRho("IMAG"), q.ave("IMAG"), q.htmt("IMAG", "SAT"), q.htmt2("SAT", "IMAG"),
                q.fornellLarcker("IMAG", "IMAG"), q.fornellLarcker("SAT", "IMAG"))) {
            assertTrue(v.isEmpty(), "Mode B IMAG: " + v);
        }
        // the reflective blocks keep theirs
        assertTrue(q.rhoA("SAT").isPresent() && q.ave("LOY").isPresent() && q.htmt("SAT", "LOY").isPresent());
        assertTrue(q.fornellLarcker("SAT", "LOY").isPresent());
        assertEquals(Math.sqrt(q.ave("SAT").orElseThrow()), q.fornellLarcker("SAT", "SAT").orElseThrow(), 1e-15);
    }

    @Test
    void singleItemHasNoInternalConsistency() {
        PathModel m = PathModel.builder()
                .construct("SAT").block(OuterMode.A, BankData.indicators("SAT"))
                .construct("L1").block(OuterMode.A, List.of("loy1"))
                .path("SAT", "L1").build();
        QualityCriteria q = PlsEstimator.withDefaults().estimate(m, BankData.table()).quality();
        assertTrue(q.cronbachAlpha("L1").isEmpty(), "alpha of a single item");
        assertTrue(q.compositeReliability("L1").isEmpty(), "rhoC of a single item");
        assertTrue(q.rhoA("L1").isEmpty(), "rhoA of a single item");
        // its loading is 1, so AVE and HTMT stay defined
        assertEquals(1.0, q.ave("L1").orElseThrow(), 1e-12);
        assertTrue(q.htmt("SAT", "L1").isPresent());
        assertTrue(q.cronbachAlpha("SAT").isPresent());
    }
}
