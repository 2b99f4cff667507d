package dev.csimodel.result;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.bootstrap.Bootstrap;
import dev.csimodel.bootstrap.BootstrapResult;
import dev.csimodel.bootstrap.BootstrapSettings;
import dev.csimodel.bootstrap.IntervalMethod;
import dev.csimodel.bootstrap.PathTests;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Holm and Bonferroni against hand computations (the values R's p.adjust gives). */
class PValueAdjustmentTest {

    /** Products and maxima of short decimals: rounding only. */
    static final double TOL = 1e-15;

    static final double[] P = {0.01, 0.04, 0.03, 0.005};

    @Test
    void bonferroniMultipliesByTheFamilySize() {
        assertArrayEquals(new double[]{0.04, 0.16, 0.12, 0.02}, PValueAdjustment.BONFERRONI.adjust(P), TOL);
        assertArrayEquals(new double[]{1.0, 0.5}, PValueAdjustment.BONFERRONI.adjust(new double[]{0.6, 0.25}), TOL);
    }

    @Test
    void holmStepsDownAndStaysMonotone() {
        // sorted 0.005, 0.01, 0.03, 0.04 -> 4*0.005 = 0.02, 3*0.01 = 0.03, 2*0.03 = 0.06, max(0.06, 0.04) = 0.06
        assertArrayEquals(new double[]{0.03, 0.06, 0.06, 0.02}, PValueAdjustment.HOLM.adjust(P), TOL);
        assertArrayEquals(new double[]{1.0, 1.0}, PValueAdjustment.HOLM.adjust(new double[]{0.7, 0.9}), TOL);
    }

    @Test
    void noneKeepsTheValuesAndTheInputIsNotModified() {
        double[] p = P.clone();
        assertArrayEquals(P, PValueAdjustment.NONE.adjust(p), 0.0);
        PValueAdjustment.HOLM.adjust(p);
        assertArrayEquals(P, p, 0.0);
    }

    @Test
    void notAProbabilityIsRejectedWithItsPosition() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> PValueAdjustment.HOLM.adjust(new double[]{0.1, Double.NaN}));
        assertTrue(e.getMessage().contains("p-value 2 of 2"), e.getMessage());
    }

    @Test
    void consistentPlsHasNoOlsFamilyToAdjust() {
        PlsResult plsc = new PlsEstimator(PlsSettings.defaults().withConsistent(true))
                .estimate(FactorPopulation.model(), FactorPopulation.populationMoments());
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class,
                () -> PValueAdjustment.HOLM.paths(plsc));
        assertTrue(e.getMessage().contains("bootstrap"), e.getMessage());
        assertThrows(CsiSpecificationException.class, () -> PValueAdjustment.HOLM.adjust(null));
    }

    @Test
    void olsAndBootstrapPathFamilies() {
        PlsResult fit = PlsEstimator.withDefaults().estimate(BankData.model(OuterMode.A), BankData.table());
        List<AdjustedPValue> ols = PValueAdjustment.BONFERRONI.paths(fit);
        assertEquals(fit.model().paths().size(), ols.size());
        for (AdjustedPValue a : ols) {
            assertEquals(fit.path(a.from(), a.to()).pValue().orElseThrow(), a.pValue(), 0.0);
            assertEquals(Math.min(1, 10 * a.pValue()), a.adjusted(), TOL);
        }
        BootstrapResult boot = new Bootstrap(PlsEstimator.withDefaults(), BootstrapSettings.defaults()
                .withResamples(50).withSeed(2).withThreads(1).withIntervals(IntervalMethod.PERCENTILE))
                .run(fit.model(), BankData.table());
        List<AdjustedPValue> holm = PathTests.adjusted(boot, PValueAdjustment.HOLM);
        double[] raw = holm.stream().mapToDouble(AdjustedPValue::pValue).toArray();
        assertArrayEquals(PValueAdjustment.HOLM.adjust(raw), holm.stream().mapToDouble(AdjustedPValue::adjusted).toArray(), 0.0);
        assertEquals(boot.path("IMAG", "EXPE").pValue(), holm.get(0).pValue(), 0.0);
    }
}
