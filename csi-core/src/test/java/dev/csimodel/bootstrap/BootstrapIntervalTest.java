package dev.csimodel.bootstrap;

import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.result.PlsResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Intervals on statistics with a known answer: the mean of an indicator, bootstrapped through a
 * custom statistic. For a mean the leave-one-out estimates are θ₍ᵢ₎ = (n x̄ − x_i)/(n − 1), so
 * θ̄₍.₎ − θ₍ᵢ₎ = (x_i − x̄)/(n − 1) and the jackknife acceleration is
 * a = Σ(x_i − x̄)³ / (6 [Σ(x_i − x̄)²]^{3/2}) (Efron and Tibshirani 1993, eq. 14.15).
 */
class BootstrapIntervalTest {

    static final int ROWS = 200;
    static final int RESAMPLES = 2000;
    /** The acceleration is a ratio of sums of ~1e0 terms: agreement to rounding. */
    static final double ACCELERATION_TOL = 1e-10;
    /**
     * In a symmetric case a = 0 and z₀ is only sampling noise, |z₀| ≲ 1.25/sqrt(B) ≈ 0.03 (the
     * share below θ̂ has SD 0.5/sqrt(B)), which moves the 2.5% level by about φ(1.96)·2z₀/0.025
     * → 0.028 instead of 0.025, i.e. the endpoint by < 0.1 SE; allow 0.15 SE.
     */
    static final double SYMMETRIC_TOL_IN_SE = 0.15;

    static BootstrapStatistic meanOfX1() {
        return BootstrapStatistic.of("mean x1", (PlsResult r) -> r.moments().mean(r.moments().indexOf("x1")));
    }

    static BootstrapEstimate bootstrapMean(double[] x1) {
        DataTable data = SyntheticData.twoBlocks(ROWS, 11, x1);
        BootstrapSettings s = BootstrapSettings.defaults().withResamples(RESAMPLES).withSeed(3).withThreads(2);
        return new Bootstrap(PlsEstimator.withDefaults(), s, List.of(meanOfX1()))
                .run(SyntheticData.twoBlocks(), data).statistic("mean x1");
    }

    static double analyticAcceleration(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double s2 = 0;
        double s3 = 0;
        for (double v : x) {
            s2 += (v - mean) * (v - mean);
            s3 += (v - mean) * (v - mean) * (v - mean);
        }
        return s3 / (6 * Math.pow(s2, 1.5));
    }

    /**
     * Log-normal exp(N(0,1)) values: skewness about 6, so a ≈ γ/(6 sqrt(n)) ≈ 0.07 for n = 200,
     * large enough to dominate the noise of z₀ (SD ≈ 1.25/sqrt(B) ≈ 0.03).
     */
    static double[] skewed() {
        Random random = new Random(5);
        double[] x = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            x[i] = Math.exp(random.nextGaussian());
        }
        return x;
    }

    /** Pairs 5 ± v: every third central moment is zero, so a = 0. */
    static double[] symmetric() {
        Random random = new Random(6);
        double[] x = new double[ROWS];
        for (int i = 0; i < ROWS; i += 2) {
            double v = -Math.log(1 - random.nextDouble());
            x[i] = 5 + v;
            x[i + 1] = 5 - v;
        }
        return x;
    }

    @Test
    void accelerationOfTheMeanIsTheAnalyticJackknifeValue() {
        double[] x = skewed();
        BootstrapEstimate e = bootstrapMean(x);
        double expected = analyticAcceleration(x);
        assertTrue(expected > 0.04, "the test data must be skewed, a = " + expected);
        assertEquals(expected, e.acceleration().getAsDouble(), ACCELERATION_TOL);
    }

    /**
     * Right skew: a > 0 (and in expectation z₀ > 0, the bootstrap distribution of the mean being
     * right-skewed), so BCa moves both endpoints up relative to the percentile interval (Efron
     * and Tibshirani 1993, section 14.3): with a = 0.07 the levels become about
     * Φ(−1.96/1.137) = 0.042 and Φ(1.96/0.863) = 0.988 instead of 0.025 and 0.975.
     */
    @Test
    void bcaShiftsTheIntervalOfASkewedStatisticUpwards() {
        BootstrapEstimate e = bootstrapMean(skewed());
        assertTrue(e.acceleration().getAsDouble() > 0.04, "a = " + e.acceleration());
        assertTrue(e.bca().lower() > e.percentile().lower(), e.bca() + " vs " + e.percentile());
        assertTrue(e.bca().upper() > e.percentile().upper(), e.bca() + " vs " + e.percentile());
    }

    @Test
    void bcaEqualsPercentileInASymmetricCase() {
        double[] x = symmetric();
        BootstrapEstimate e = bootstrapMean(x);
        assertEquals(0.0, e.acceleration().getAsDouble(), ACCELERATION_TOL);
        double tol = SYMMETRIC_TOL_IN_SE * e.stdError();
        assertEquals(e.percentile().lower(), e.bca().lower(), tol);
        assertEquals(e.percentile().upper(), e.bca().upper(), tol);
        // SE of a mean: sd/sqrt(n) with the population SD; the bootstrap estimates exactly that,
        // to its own sampling error 1/sqrt(2B) = 1.6% (allow 5%).
        double mean = 5;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double analyticSe = Math.sqrt(ss / ROWS) / Math.sqrt(ROWS);
        assertEquals(analyticSe, e.stdError(), 0.05 * analyticSe);
    }

    /** R's quantile(c(1, 2, 3, 4), 0.25) = 1 + 0.75·(2 − 1) = 1.75 (type 7). */
    @Test
    void quantilesInterpolateLinearly() {
        double[] x = {1, 2, 3, 4};
        assertEquals(1.75, EstimateCalculator.quantile(x, 0.25), 0.0);
        assertEquals(1.0, EstimateCalculator.quantile(x, 0.0), 0.0);
        assertEquals(4.0, EstimateCalculator.quantile(x, 1.0), 0.0);
        assertEquals(2.5, EstimateCalculator.quantile(x, 0.5), 0.0);
    }

    /**
     * Jackknife values {1, 2, 6}: mean 3, deviations θ̄ − θ = {2, 1, −3}, Σd² = 14, Σd³ = −18,
     * a = −18 / (6 · 14^{1.5}) = −18 / 314.30 = −0.057270.
     * Replicates {1..5} around 3: 2 below + ½ tie = 2.5 of 5 → z₀ = Φ⁻¹(0.5) = 0; all above 0 →
     * share clamped to 0.5/5 = 0.1 → z₀ = Φ⁻¹(0.1) = −1.281552.
     */
    @Test
    void biasCorrectionAndAccelerationByHand() {
        assertEquals(-18 / (6 * Math.pow(14, 1.5)), EstimateCalculator.acceleration(new double[] {1, 2, 6}), 1e-15);
        assertEquals(-0.057270, EstimateCalculator.acceleration(new double[] {1, 2, 6}), 1e-6);
        assertEquals(0.0, EstimateCalculator.acceleration(new double[] {4, 4, 4}), 0.0);
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(0.0, EstimateCalculator.biasCorrection(sorted, 3), 1e-15);
        assertEquals(-1.281552, EstimateCalculator.biasCorrection(sorted, 0), 1e-6);
        // z0 = 0, a = 0: the BCa level is the nominal one, Φ(−1.959964) = 0.025.
        assertEquals(0.025, EstimateCalculator.bcaLevel(0, 0, -1.959964), 1e-7);
    }
}
