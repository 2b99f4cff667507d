package dev.csimodel.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One construct's results. Numbers are null where undefined (e.g. R² of an exogenous construct).
 *
 * @param name          the construct
 * @param mode          how its weights were found: outer mode "A", "B" or "unit" (unit weights);
 *                      "GSCA" when GSCA estimated them (option {@code --estimator gsca})
 * @param type          "composite" or "common factor"
 * @param r2            R² of its regression; null if exogenous
 * @param r2Adjusted    adjusted R²; null if exogenous
 * @param ave           average variance extracted
 * @param cronbachAlpha standardised Cronbach's alpha
 * @param rhoC          composite reliability from PLS loadings (Jöreskog's rho)
 * @param rhoA          Dijkstra-Henseler rho_A
 * @param dgRho         Dillon-Goldstein rho from first-principal-component loadings (plspm)
 * @param communality   block communality (mean squared loading)
 * @param redundancy    mean redundancy (communality × R²); null if exogenous
 * @param index         0-100 index on the questionnaire scale, when a scale is known (else absent)
 * @param indexStdError bootstrap standard error of the index, with a scale and the bootstrap (else absent)
 * @param indexCiLower  lower end of the index's bootstrap confidence interval (else absent)
 * @param indexCiUpper  upper end of the index's bootstrap confidence interval (else absent)
 */
public record ConstructEntry(String name, String mode, String type, Double r2, Double r2Adjusted, Double ave,
                             Double cronbachAlpha, Double rhoC, Double rhoA, Double dgRho, Double communality,
                             Double redundancy, @JsonInclude(JsonInclude.Include.NON_NULL) Double index,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double indexStdError,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double indexCiLower,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double indexCiUpper) {

    /**
     * @param value the 0-100 index; null when undefined
     * @return this entry with its 0-100 index
     */
    public ConstructEntry withIndex(Double value) {
        return new ConstructEntry(name, mode, type, r2, r2Adjusted, ave, cronbachAlpha, rhoC, rhoA, dgRho,
                communality, redundancy, value, indexStdError, indexCiLower, indexCiUpper);
    }

    /**
     * @param ciLower the lower end of its bootstrap interval
     * @param ciUpper the upper end of its bootstrap interval
     * @param stdError the bootstrap standard error of the index
     * @return this entry with the bootstrap standard error and confidence interval of its index
     */
    public ConstructEntry withIndexBootstrap(Double stdError, Double ciLower, Double ciUpper) {
        return new ConstructEntry(name, mode, type, r2, r2Adjusted, ave, cronbachAlpha, rhoC, rhoA, dgRho,
                communality, redundancy, index, stdError, ciLower, ciUpper);
    }

    /** @return true if the index has bootstrap results */
    public boolean indexBootstrapped() {
        return indexStdError != null;
    }
}
