package dev.csimodel.predict;

import java.util.List;

/**
 * The cross-validated predictive ability test of two models on the same rows (Liengaard,
 * Sharma, Hult, Jensen, Sarstedt, Hair and Ringle 2021, Decision Sciences 52): per row i the
 * loss {@code L_i} is the mean squared out-of-sample prediction error over the target
 * indicators, {@code D_i = L_i(second) − L_i(first)}, and
 * {@code t = D̄ / sqrt(var(D)/N)} is referred to Student t with N − 1 df. A positive t favours
 * the first model (smaller loss).
 *
 * @param indicators       the target indicators: those of the constructs endogenous in both models
 * @param observations     N, the rows
 * @param lossFirst        mean loss of the first model, {@code mean(L(first))}
 * @param lossSecond       mean loss of the second model
 * @param meanDifference   D̄ = lossSecond − lossFirst
 * @param tValue           the test statistic
 * @param degreesOfFreedom N − 1
 * @param pValue           two-sided p-value, {@code 2(1 − F(|t|))}
 * @param pValueFirstBetter one-sided p-value of H1 "the first model predicts better", {@code 1 − F(t)}
 */
public record CvpatResult(List<String> indicators, int observations, double lossFirst, double lossSecond,
                          double meanDifference, double tValue, int degreesOfFreedom, double pValue,
                          double pValueFirstBetter) {

    /**
     * Copies the indicators.
     * @param indicators the target indicators: those of the constructs endogenous in both models
     * @param observations N, the rows
     * @param lossFirst mean loss of the first model, {@code mean(L(first))}
     * @param lossSecond mean loss of the second model
     * @param meanDifference D̄ = lossSecond − lossFirst
     * @param tValue the test statistic
     * @param degreesOfFreedom N − 1
     * @param pValue two-sided p-value, {@code 2(1 − F(|t|))}
     * @param pValueFirstBetter one-sided p-value of H1 "the first model predicts better", {@code 1 − F(t)}
     */
    public CvpatResult {
        indicators = List.copyOf(indicators);
    }
}
