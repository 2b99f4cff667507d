package dev.csimodel.bootstrap;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns the resample (and jackknife) estimates of one statistic into a {@link BootstrapEstimate};
 * formulas in {@link BootstrapEstimate} and {@link IntervalMethod}. Quantiles interpolate the
 * order statistics linearly, {@code q(u) = x₍ₖ₎ + (h − k)(x₍ₖ₊₁₎ − x₍ₖ₎)} with {@code h = (B − 1)u}
 * and {@code k = ⌊h⌋} (Hyndman and Fan 1996, definition 7, R's default).
 */
final class EstimateCalculator {

    /** A null random generator: the distributions are used for cdf and quantiles only. */
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private final BootstrapSettings settings;
    private final TDistribution student;
    private final double zLower;
    private final double zUpper;
    private final boolean withheld;

    /** @param withheld true to give no intervals (too many failed resamples) */
    EstimateCalculator(BootstrapSettings settings, int used, boolean withheld) {
        this.settings = settings;
        this.withheld = withheld;
        this.student = new TDistribution(null, used - 1);
        double alpha = 1 - settings.confidenceLevel();
        this.zLower = NORMAL.inverseCumulativeProbability(alpha / 2);
        this.zUpper = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
    }

    /**
     * @param replicates the used resample estimates, in resample order (not modified)
     * @param jackknife  the leave-one-out estimates, or null without BCa
     */
    BootstrapEstimate estimate(StatisticKey key, double original, double[] replicates, double[] jackknife) {
        int b = replicates.length;
        double mean = 0;
        for (double v : replicates) {
            mean += v;
        }
        mean /= b;
        double ss = 0;
        for (double v : replicates) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / (b - 1));
        double t = original / se;
        double p = Double.isNaN(t) ? Double.NaN : 2 * student.cumulativeProbability(-Math.abs(t));
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        double z0 = biasCorrection(sorted, original);
        OptionalDouble a = jackknife == null ? OptionalDouble.empty() : OptionalDouble.of(acceleration(jackknife));
        Map<IntervalMethod, Interval> intervals = withheld ? Map.of() : intervals(sorted, original, z0, a);
        return new BootstrapEstimate(key, original, mean, se, mean - original, t, p, z0, a, intervals, withheld);
    }

    private Map<IntervalMethod, Interval> intervals(double[] sorted, double original, double z0, OptionalDouble a) {
        Map<IntervalMethod, Interval> out = new EnumMap<>(IntervalMethod.class);
        double alpha = 1 - settings.confidenceLevel();
        double lo = quantile(sorted, alpha / 2);
        double hi = quantile(sorted, 1 - alpha / 2);
        if (settings.computes(IntervalMethod.PERCENTILE)) {
            out.put(IntervalMethod.PERCENTILE, new Interval(lo, hi));
        }
        if (settings.computes(IntervalMethod.BASIC)) {
            out.put(IntervalMethod.BASIC, new Interval(2 * original - hi, 2 * original - lo));
        }
        if (a.isPresent()) {
            double acc = a.getAsDouble();
            out.put(IntervalMethod.BCA, new Interval(quantile(sorted, bcaLevel(z0, acc, zLower)),
                    quantile(sorted, bcaLevel(z0, acc, zUpper))));
        }
        return out;
    }

    /**
     * {@code Φ(z₀ + (z₀ + z)/(1 − a(z₀ + z)))}; where the denominator reaches zero the level has
     * gone to its limit 0 or 1, which is returned rather than a level from the wrong branch.
     */
    static double bcaLevel(double z0, double a, double z) {
        double s = z0 + z;
        double denominator = 1 - a * s;
        if (!(denominator > 0)) {
            return s < 0 ? 0.0 : 1.0;
        }
        return NORMAL.cumulativeProbability(z0 + s / denominator);
    }

    static double biasCorrection(double[] sorted, double original) {
        int b = sorted.length;
        double below = 0;
        for (double v : sorted) {
            if (v < original) {
                below++;
            } else if (v == original) {
                below += 0.5;
            } else {
                break;
            }
        }
        double share = Math.min(Math.max(below / b, 0.5 / b), 1 - 0.5 / b);
        return NORMAL.inverseCumulativeProbability(share);
    }

    /** Jackknife acceleration; 0 when the leave-one-out estimates do not vary. */
    static double acceleration(double[] jackknife) {
        double mean = 0;
        for (double v : jackknife) {
            mean += v;
        }
        mean /= jackknife.length;
        double s2 = 0;
        double s3 = 0;
        for (double v : jackknife) {
            double d = mean - v;
            s2 += d * d;
            s3 += d * d * d;
        }
        return s2 > 0 ? s3 / (6 * Math.pow(s2, 1.5)) : 0.0;
    }

    static double quantile(double[] sorted, double u) {
        double h = (sorted.length - 1) * u;
        int k = (int) Math.floor(h);
        if (k >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        if (k < 0) {
            return sorted[0];
        }
        return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
    }
}
