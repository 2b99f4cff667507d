package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.spec.OuterMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTMT inference (Franke and Sarstedt 2019) on the bank data. */
class HtmtInferenceTest {

    /** The bound is an interpolated order statistic: rounding only. */
    static final double QUANTILE_TOL = 1e-15;
    /** seminr's HTMT values (seminr_sat_htmt.csv) vs the bootstrap's original values. */
    static final double REFERENCE_TOL = 1e-6;

    static BootstrapResult boot;

    @BeforeAll
    static void run() {
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(500).withSeed(5).withThreads(2)
                .withIntervals(IntervalMethod.PERCENTILE);
        boot = new Bootstrap(PlsEstimator.withDefaults(), s).run(BankData.model(OuterMode.A), BankData.table());
    }

    /** Type-7 quantile written out: x(k) + (h − k)(x(k+1) − x(k)), h = (B − 1)u, 0-based. */
    static double quantile(double[] values, double u) {
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * u;
        int k = (int) Math.floor(h);
        return x[k] + (h - k) * (x[k + 1] - x[k]);
    }

    @Test
    void upperBoundIsTheNinetyFifthPercentileOfEveryPair() {
        List<HtmtTest> tests = HtmtInference.of(boot);
        assertEquals(15, tests.size()); // 6 multi-item constructs
        for (HtmtTest t : tests) {
            double[] r = boot.replicates(StatisticKey.htmt(t.a(), t.b()));
            assertEquals(quantile(r, 0.95), t.upperBound().orElseThrow(), QUANTILE_TOL, t.a() + "/" + t.b());
            assertEquals(0.95, t.level(), 0.0);
            // the 0.95-quantile never exceeds the 0.975-quantile, the two-sided 95% interval's upper end
            assertTrue(t.upperBound().getAsDouble() <= boot.htmt(t.a(), t.b()).percentile().upper());
        }
        assertEquals(0.643829315309858, tests.get(0).htmt(), REFERENCE_TOL); // IMAG/EXPE
    }

    @Test
    void bankDataVerdicts() {
        HtmtTest imagExpe = find("IMAG", "EXPE");     // 0.64
        HtmtTest expeQual = find("EXPE", "QUAL");     // 0.98
        HtmtTest valSat = find("VAL", "SAT");         // 0.93
        assertTrue(imagExpe.below(HtmtTest.CONSERVATIVE));
        assertFalse(expeQual.below(HtmtTest.LIBERAL));
        assertFalse(valSat.below(HtmtTest.LIBERAL));
        assertTrue(expeQual.upperBound().getAsDouble() > expeQual.htmt());
    }

    @Test
    void aLowerLevelGivesALowerBoundAndABadLevelIsRejected() {
        HtmtTest at90 = HtmtInference.of(boot, 0.90).get(0);
        HtmtTest at95 = HtmtInference.of(boot).get(0);
        assertTrue(at90.upperBound().getAsDouble() < at95.upperBound().getAsDouble());
        assertThrows(CsiSpecificationException.class, () -> HtmtInference.of(boot, 1.0));
        assertThrows(CsiSpecificationException.class, () -> HtmtInference.of(boot, 0.0));
    }

    static HtmtTest find(String a, String b) {
        return HtmtInference.of(boot).stream().filter(t -> t.a().equals(a) && t.b().equals(b)).findFirst().orElseThrow();
    }
}
