package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.reference.BankData;
import dev.csimodel.reference.ReferenceTable;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import dev.csimodel.spec.StructuralPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bootstrap of the ECSI bank model (250 x 27, path scheme) against plspm's OLS inference
 * and against the definitions of the bootstrap statistics.
 */
class BootstrapBankTest {

    static final int RESAMPLES = 2000;
    /** Statistics recomputed here in a different order of summation. */
    static final double SUMMARY_TOL = 1e-12;
    /** Estimates on the original data, against the plain estimator. */
    static final double ORIGINAL_TOL = 0.0;

    static PathModel model;
    static PlsResult plain;
    static BootstrapResult result;

    @BeforeAll
    static void run() {
        model = BankData.model(OuterMode.A);
        plain = PlsEstimator.withDefaults().estimate(model, BankData.table());
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(2005).withThreads(2);
        result = new Bootstrap(PlsEstimator.withDefaults(), s).run(model, BankData.table());
    }

    static double olsStdError(StructuralPath p) {
        ReferenceTable t = ReferenceTable.load("/satisfaction/reference/plspm/plspm_sat_path_inner_" + p.to() + ".csv");
        return t.number(p.from(), "Std. Error");
    }

    /**
     * The bootstrap SE and plspm's OLS SE estimate different things. The OLS SE conditions on the
     * construct scores and assumes homoscedastic normal errors; the bootstrap SE also carries the
     * variability of the outer weights and of the standardisation and is robust to
     * heteroscedasticity and the skewed 1-10 ratings. Their ratio is therefore not 1 within
     * sampling error (the bootstrap SE itself is precise: relative SE ≈ 1/sqrt(2N) = 1.6% at
     * N = 2000), and the check has two parts:
     * <ol>
     * <li>every path: 0.5 ≤ SE_boot / SE_OLS ≤ 1.5, the same order of magnitude (a wrong
     *     resampling, e.g. of columns or without replacement, or a missing N − 1, falls outside
     *     or shifts all ratios), and the geometric mean of the ten ratios within [0.85, 1.25];</li>
     * <li>single-predictor paths: the standardised slope is then a correlation r, whose
     *     normal-theory SE is (1 − r²)/sqrt(n) (Fisher), whereas OLS reports sqrt((1 − r²)/(n − 2))
     *     for a fixed regressor; so SE_boot is compared with SE_OLS · sqrt(1 − r²) within ±25%,
     *     the excess allowed for the kurtosis of rating data.</li>
     * </ol>
     */
    @Test
    void pathStandardErrorsAgreeWithOlsStandardErrors() {
        double logSum = 0;
        for (StructuralPath p : model.paths()) {
            double ratio = result.path(p.from(), p.to()).stdError() / olsStdError(p);
            assertTrue(ratio >= 0.5 && ratio <= 1.5, p + ": SE_boot / SE_OLS = " + ratio);
            logSum += Math.log(ratio);
        }
        double geometricMean = Math.exp(logSum / model.paths().size());
        assertTrue(geometricMean >= 0.85 && geometricMean <= 1.25, "geometric mean ratio " + geometricMean);
        for (StructuralPath p : model.paths()) {
            if (model.predecessors(p.to()).size() == 1) {
                double r = plain.pathCoefficient(p.from(), p.to());
                double correlationSe = olsStdError(p) * Math.sqrt(1 - r * r);
                double ratio = result.path(p.from(), p.to()).stdError() / correlationSe;
                assertTrue(ratio >= 0.75 && ratio <= 1.25, p + ": SE_boot / SE_corr = " + ratio);
            }
        }
    }

    @Test
    void percentileIntervalsOfStrongPathsContainTheEstimateAndExcludeZero() {
        int strong = 0;
        for (StructuralPath p : model.paths()) {
            BootstrapEstimate e = result.path(p.from(), p.to());
            if (Math.abs(e.tValue()) > 3) {
                strong++;
                assertTrue(e.percentile().contains(e.original()), p + " " + e.percentile());
                assertTrue(e.bca().contains(e.original()), p + " " + e.bca());
                assertTrue(e.percentile().lower() * e.percentile().upper() > 0, p + " interval excludes 0");
                assertTrue(e.pValue() < 0.01, p + " p = " + e.pValue());
            }
        }
        // plspm's OLS t values exceed 3 for 7 of the 10 paths; the bootstrap must find most of them.
        assertTrue(strong >= 6, "paths with |t| > 3: " + strong);
    }

    @Test
    void originalEstimatesAreThoseOfTheEstimator() {
        for (StructuralPath p : model.paths()) {
            assertEquals(plain.pathCoefficient(p.from(), p.to()), result.path(p.from(), p.to()).original(), ORIGINAL_TOL);
        }
        for (String ind : model.indicators()) {
            assertEquals(plain.outerWeight(ind), result.outerWeight(ind).original(), ORIGINAL_TOL);
            assertEquals(plain.loading(ind), result.loading(ind).original(), ORIGINAL_TOL);
        }
        assertEquals(plain.effect("IMAG", "LOY").total(), result.totalEffect("IMAG", "LOY").original(), ORIGINAL_TOL);
        assertEquals(plain.rSquared("SAT").orElseThrow(), result.rSquared("SAT").original(), ORIGINAL_TOL);
        assertEquals(plain.quality().htmt("SAT", "LOY").getAsDouble(), result.htmt("LOY", "SAT").original(), ORIGINAL_TOL);
        assertEquals(RESAMPLES, result.used());
        assertEquals(RESAMPLES, result.attempted());
        assertEquals(0, result.failed());
    }

    /** Mean, SE (divisor B − 1), bias, t and the basic interval from their definitions. */
    @Test
    void summariesFollowTheirDefinitions() {
        for (StatisticKey key : List.of(StatisticKey.path("VAL", "SAT"), StatisticKey.loading("loy3"),
                StatisticKey.rSquared("LOY"), StatisticKey.htmt("IMAG", "EXPE"))) {
            BootstrapEstimate e = result.estimate(key);
            double[] x = result.replicates(key);
            assertEquals(RESAMPLES, x.length);
            double mean = 0;
            for (double v : x) {
                mean += v / x.length;
            }
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            double se = Math.sqrt(ss / (x.length - 1));
            assertEquals(mean, e.mean(), SUMMARY_TOL, key.toString());
            assertEquals(se, e.stdError(), SUMMARY_TOL, key.toString());
            assertEquals(e.mean() - e.original(), e.bias(), SUMMARY_TOL, key.toString());
            assertEquals(e.original() / e.stdError(), e.tValue(), SUMMARY_TOL, key.toString());
            assertEquals(2 * e.original() - e.percentile().upper(), e.basic().lower(), SUMMARY_TOL, key.toString());
            assertEquals(2 * e.original() - e.percentile().lower(), e.basic().upper(), SUMMARY_TOL, key.toString());
        }
    }

    @Test
    void keysCoverEveryBuiltInStatistic() {
        // 27 weights + 27 loadings + 10 paths + 15 total effects (routes) + 5 R² + 15 HTMT pairs
        // + 24 specific indirect effects (mediated routes).
        assertEquals(27 + 27 + 10 + 15 + 5 + 15 + 24, result.keys().size());
        assertEquals(plain.effects().size(), result.keys().stream().filter(k -> k.kind() == StatisticKind.TOTAL_EFFECT).count());
    }

    @Test
    void unknownStatisticsAreRejectedByName() {
        CsiSpecificationException e = assertThrows(CsiSpecificationException.class, () -> result.path("LOY", "IMAG"));
        assertTrue(e.getMessage().contains("path LOY -> IMAG"), e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> result.rSquared("IMAG"));
        assertTrue(e.getMessage().contains("IMAG"), e.getMessage());
        e = assertThrows(CsiSpecificationException.class, () -> result.statistic("CSI"));
        assertTrue(e.getMessage().contains("CSI"), e.getMessage());
    }
}
