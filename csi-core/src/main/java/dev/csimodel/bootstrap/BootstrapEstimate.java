package dev.csimodel.bootstrap;

import dev.csimodel.CsiSpecificationException;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Bootstrap inference for one statistic, from B used resamples θ*₁..θ*_B (Efron and Tibshirani
 * 1993).
 *
 * @param key            the statistic
 * @param original       θ̂, the estimate on the original data
 * @param mean           θ̄* = Σθ*_b / B
 * @param stdError       the bootstrap standard error, sample SD {@code sqrt(Σ(θ*_b − θ̄*)²/(B − 1))}
 *                       (Efron and Tibshirani 1993, eq. 6.6)
 * @param bias           θ̄* − θ̂ (eq. 10.2)
 * @param tValue         θ̂ / SE, the bootstrap t statistic of PLS software; ±∞ when the statistic
 *                       never varies, NaN only if it is then also 0
 * @param pValue         two-sided {@code 2(1 − F(|t|))} with F the Student t distribution with
 *                       B − 1 degrees of freedom (for B ≥ 1000 it differs from the normal
 *                       p-value by less than 0.001); NaN when t is
 * @param biasCorrection BCa's z₀ = Φ⁻¹(p₀), {@code p₀ = (#{θ*_b < θ̂} + ½#{θ*_b = θ̂})/B} clamped
 *                       to [1/(2B), 1 − 1/(2B)] so that z₀ stays finite
 * @param acceleration   BCa's jackknife acceleration a; empty unless BCa intervals were requested
 * @param intervals      the requested confidence intervals
 */
public record BootstrapEstimate(StatisticKey key, double original, double mean, double stdError, double bias,
                                double tValue, double pValue, double biasCorrection, OptionalDouble acceleration,
                                Map<IntervalMethod, Interval> intervals) {

    /** Copies the interval map. */
    public BootstrapEstimate {
        intervals = Map.copyOf(intervals);
    }

    /**
     * @return the interval of the given construction
     * @throws CsiSpecificationException if the settings did not request it
     */
    public Interval interval(IntervalMethod method) {
        Interval i = intervals.get(method);
        if (i == null) {
            throw new CsiSpecificationException(method + " intervals were not requested in the bootstrap settings (for "
                    + key + ")");
        }
        return i;
    }

    /** @return the percentile interval */
    public Interval percentile() {
        return interval(IntervalMethod.PERCENTILE);
    }

    /** @return the basic (reverse percentile) interval */
    public Interval basic() {
        return interval(IntervalMethod.BASIC);
    }

    /** @return the bias-corrected and accelerated interval */
    public Interval bca() {
        return interval(IntervalMethod.BCA);
    }
}
