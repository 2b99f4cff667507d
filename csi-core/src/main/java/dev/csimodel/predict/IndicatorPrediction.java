package dev.csimodel.predict;

/**
 * Out-of-sample prediction errors of one endogenous indicator, for the PLS model and for the
 * linear-model (LM) benchmark, on the indicator's own scale (Shmueli et al. 2019).
 *
 * <p>With residuals {@code e_i = x_i − x̂_i} over all n rows (each predicted once per
 * repetition, by the model trained without its fold):
 * {@code RMSE = sqrt(Σe²/n)}, {@code MAE = Σ|e|/n} and
 * {@code Q²predict = 1 − Σe² / Σ(x_i − x̄_train(i))²}, where {@code x̄_train(i)} is the mean of
 * the indicator in the training rows of row i's fold (the naive benchmark). Q²predict > 0 means
 * the model beats the training mean. With several repetitions each value is the mean over
 * repetitions.
 *
 * @param indicator   the indicator name
 * @param construct   the endogenous construct it measures
 * @param rmse        PLS root mean squared error
 * @param mae         PLS mean absolute error
 * @param q2predict   PLS Q²predict
 * @param lmRmse      LM root mean squared error
 * @param lmMae       LM mean absolute error
 * @param lmQ2predict LM Q²predict
 */
public record IndicatorPrediction(String indicator, String construct, double rmse, double mae, double q2predict,
                                  double lmRmse, double lmMae, double lmQ2predict) {

    /**
     * @return true if the PLS model predicts this indicator with a smaller RMSE than the LM
     *         benchmark, the comparison Shmueli et al. (2019) base their verdict on
     */
    public boolean plsBeatsLmOnRmse() {
        return rmse < lmRmse;
    }
}
