package dev.csimodel.predict;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlindfoldingTest {

    /** Hand arithmetic on tiny data; the engine only adds rounding. */
    static final double EXACT_TOL = 1e-12;

    static final PathModel BANK = BankData.model(OuterMode.A);

    @Test
    void tinyCaseByHand() {
        // x = 1..5, y = 2 1 4 3 6, single indicators (weight 1, loading 1), D = 2. Y's cells are
        // numbered c = i; round 0 omits rows 0,2,4, round 1 rows 1,3.
        // The redundancy prediction m' + s'·β·z_x is the OLS line of the completed y' on x;
        // the communality prediction m' + s'·z_y' is y' itself, i.e. the imputed mean.
        // Round 0: y' = 2 1 2 3 2 (mean of 1,3 = 2), Sxy = 2, Sxx = 10, b = 0.2:
        //   ŷ = 1.6, 2, 2.4 for y = 2, 4, 6 → e = 0.4, 2, 3.6; communality e = 0, 2, 4.
        // Round 1: y' = 2 4 4 4 6 (mean of 2,4,6 = 4), Sxy = 8, b = 0.8:
        //   ŷ = 3.2, 4.8 for y = 1, 3 → e = −2.2, −1.8; communality e = −3, −1.
        // Raw SSE: redundancy 0.16+4+12.96+4.84+3.24 = 25.2, communality 0+4+16+9+1 = 30.
        // Σ(y − 3.2)² = 14.8, so SSO = 14.8/s² = 5 and Q² = 1 − SSE/14.8.
        DataTable t = DataTable.ofRows(List.of("x", "y"),
                new double[][]{{1, 2}, {2, 1}, {3, 4}, {4, 3}, {5, 6}});
        PathModel m = PathModel.builder().construct("X").modeA("x").construct("Y").modeA("y").path("X", "Y").build();
        ConstructQ2 q = new Blindfolding(PlsSettings.defaults(), 2).run(m, t).construct("Y");
        assertEquals(5.0, q.sso(), EXACT_TOL);
        assertEquals(1 - 25.2 / 14.8, q.q2Redundancy(), EXACT_TOL);
        assertEquals(1 - 30.0 / 14.8, q.q2Communality(), EXACT_TOL);
    }

    @Test
    void bankConstructsHavePredictiveRelevance() {
        DataTable bank = BankData.table();
        BlindfoldingResult r = Blindfolding.withDefaults().run(BANK, bank);
        PlsResult fit = PlsEstimator.withDefaults().estimate(BANK, bank);
        assertEquals(List.of("EXPE", "QUAL", "VAL", "SAT", "LOY"), r.constructs());
        assertEquals(7, r.omissionDistance());
        for (ConstructQ2 q : r.all()) {
            // In sample an indicator's redundancy share is R²·λ² ≤ R²; out of sample it can only
            // be lower. Positive Q² = predictive relevance, expected for this well-fitting model.
            assertTrue(q.q2Redundancy() > 0 && q.q2Redundancy() < fit.rSquared(q.construct()).orElseThrow(), q.toString());
            assertTrue(q.q2Communality() > q.q2Redundancy(), "own score predicts better: " + q);
            assertEquals(250.0 * BANK.construct(q.construct()).size(), q.sso(), 1e-9, "SSO = n·J");
        }
    }

    @Test
    void deterministic() {
        DataTable bank = BankData.table();
        Blindfolding b = new Blindfolding(PlsSettings.defaults(), 9);
        assertEquals(b.run(BANK, bank).all(), b.run(BANK, bank).all());
    }

    @Test
    void badOmissionDistances() {
        DataTable bank = BankData.table();
        assertTrue(assertThrows(CsiSpecificationException.class, () -> new Blindfolding(PlsSettings.defaults(), 1))
                .getMessage().contains("at least 2"));
        assertTrue(assertThrows(CsiSpecificationException.class,
                () -> new Blindfolding(PlsSettings.defaults(), 5).run(BANK, bank)).getMessage().contains("divides"));
        assertTrue(assertThrows(CsiSpecificationException.class,
                () -> new Blindfolding(PlsSettings.defaults(), 7).run(BANK, bank.rows(new int[]{0, 1, 2, 3, 4})))
                .getMessage().contains("more than half"));
        assertTrue(assertThrows(CsiSpecificationException.class,
                () -> Blindfolding.withDefaults().run(BANK, bank).construct("IMAG")).getMessage().contains("IMAG"));
    }
}
