package dev.csimodel.predict;

/**
 * Which construct scores feed the structural prediction of an endogenous construct in
 * PLSpredict (Shmueli, Ray, Velasquez Estrada and Chatla 2016, "The elephant in the room:
 * predictive performance of PLS models", Journal of Business Research 69; the two schemes are
 * seminr's {@code predict_DA} and {@code predict_EA}).
 */
public enum PredictionTechnique {

    /**
     * Each endogenous construct is predicted from the holdout scores of its direct antecedents,
     * {@code ŷ_k = Σ_p β_pk · y_p}, where every {@code y_p} is the holdout's own composite
     * score built with the training weights. seminr's default. The linear-model benchmark then
     * regresses each endogenous indicator on the indicators of the construct's direct
     * antecedents.
     */
    DIRECT_ANTECEDENTS,

    /**
     * Only the exogenous constructs' holdout scores are used; predictions are propagated
     * through the structural model in causal order, {@code ŷ_k = Σ_p β_pk · ŷ_p} with
     * {@code ŷ_p = y_p} for exogenous {@code p} (Shmueli et al. 2016). The linear-model
     * benchmark regresses each endogenous indicator on all indicators of all exogenous
     * constructs (Shmueli et al. 2019, "Predictive model assessment in PLS-SEM: guidelines for
     * using PLSpredict", European Journal of Marketing 53).
     */
    EARLIEST_ANTECEDENTS
}
