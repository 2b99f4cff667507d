package dev.csimodel.bootstrap;

import dev.csimodel.Arguments;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;

import java.util.Map;
import java.util.Optional;
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
 * @param intervals      the requested confidence intervals; empty when withheld
 * @param intervalsWithheld true when more than {@link BootstrapResult#MAX_FAILURE_SHARE} of the
 *                       resample attempts failed: the survivors are a selected subsample (the
 *                       resamples in which the model happens to be estimable), so no interval is
 *                       given from them
 */
public record BootstrapEstimate(StatisticKey key, double original, double mean, double stdError, double bias,
                                double tValue, double pValue, double biasCorrection, OptionalDouble acceleration,
                                Map<IntervalMethod, Interval> intervals, boolean intervalsWithheld) {

    /**
     * Copies the interval map; a withheld estimate carries no intervals.
     * @param key the statistic
     * @param original θ̂, the estimate on the original data
     * @param mean θ̄* = Σθ*_b / B
     * @param stdError the bootstrap standard error, sample SD {@code sqrt(Σ(θ*_b − θ̄*)²/(B − 1))}
     * (Efron and Tibshirani 1993, eq. 6.6)
     * @param bias θ̄* − θ̂ (eq. 10.2)
     * @param tValue θ̂ / SE, the bootstrap t statistic of PLS software; ±∞ when the statistic
     * never varies, NaN only if it is then also 0
     * @param pValue two-sided {@code 2(1 − F(|t|))} with F the Student t distribution with
     * B − 1 degrees of freedom (for B ≥ 1000 it differs from the normal
     * p-value by less than 0.001); NaN when t is
     * @param biasCorrection BCa's z₀ = Φ⁻¹(p₀), {@code p₀ = (#{θ*_b < θ̂} + ½#{θ*_b = θ̂})/B} clamped
     * to [1/(2B), 1 − 1/(2B)] so that z₀ stays finite
     * @param acceleration BCa's jackknife acceleration a; empty unless BCa intervals were requested
     * @param intervals the requested confidence intervals; empty when withheld
     * @param intervalsWithheld true when more than {@link BootstrapResult#MAX_FAILURE_SHARE} of the
     * resample attempts failed: the survivors are a selected subsample (the
     * resamples in which the model happens to be estimable), so no interval is
     * given from them
     */
    public BootstrapEstimate {
        intervals = intervalsWithheld ? Map.of() : Map.copyOf(intervals);
    }

    /**
     * An estimate whose intervals are not withheld.
     * @param key the statistic
     * @param original θ̂, the estimate on the original data
     * @param mean θ̄* = Σθ*_b / B
     * @param stdError the bootstrap standard error, sample SD {@code sqrt(Σ(θ*_b − θ̄*)²/(B − 1))}
     * (Efron and Tibshirani 1993, eq. 6.6)
     * @param bias θ̄* − θ̂ (eq. 10.2)
     * @param tValue θ̂ / SE, the bootstrap t statistic of PLS software; ±∞ when the statistic
     * never varies, NaN only if it is then also 0
     * @param pValue two-sided {@code 2(1 − F(|t|))} with F the Student t distribution with
     * B − 1 degrees of freedom (for B ≥ 1000 it differs from the normal
     * p-value by less than 0.001); NaN when t is
     * @param biasCorrection BCa's z₀ = Φ⁻¹(p₀), {@code p₀ = (#{θ*_b < θ̂} + ½#{θ*_b = θ̂})/B} clamped
     * to [1/(2B), 1 − 1/(2B)] so that z₀ stays finite
     * @param acceleration BCa's jackknife acceleration a; empty unless BCa intervals were requested
     * @param intervals the requested confidence intervals; empty when withheld
     */
    public BootstrapEstimate(StatisticKey key, double original, double mean, double stdError, double bias,
                             double tValue, double pValue, double biasCorrection, OptionalDouble acceleration,
                             Map<IntervalMethod, Interval> intervals) {
        this(key, original, mean, stdError, bias, tValue, pValue, biasCorrection, acceleration, intervals, false);
    }

    /**
     * @return the interval of the given construction, empty when it is withheld because more
     *         than half of the resample attempts failed ({@link #intervalsWithheld()})
     * @throws CsiSpecificationException if the settings did not request it
     * @param method the interval construction (percentile, basic or BCa)
     */
    public Optional<Interval> findInterval(IntervalMethod method) {
        if (intervalsWithheld) {
            Arguments.requireNonNull(method, "method");
            return Optional.empty();
        }
        return Optional.of(interval(method));
    }

    /**
     * @return the interval of the given construction
     * @throws CsiSpecificationException if the settings did not request it
     * @throws CsiEstimationException    if it is withheld ({@link #intervalsWithheld()})
     * @param method the interval construction (percentile, basic or BCa)
     */
    public Interval interval(IntervalMethod method) {
        if (intervalsWithheld) {
            throw new CsiEstimationException("no " + method + " interval for " + key + ": more than half of the "
                    + "bootstrap resamples failed, so the survivors do not give a trustworthy interval");
        }
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
