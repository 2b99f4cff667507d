package dev.csimodel.report;

import java.util.List;

/**
 * One row of the retention table of {@code csi segments}: a K-segment solution's log-likelihood,
 * information criteria (Sarstedt et al. 2011) and segment sizes. The criteria are null for a
 * method without a likelihood (REBUS-PLS); entropy is null for K = 1 and without a likelihood.
 *
 * @param k             the number of segments
 * @param logLikelihood lnL
 * @param parameters    free parameters N_K
 * @param aic           AIC
 * @param aic3          AIC3
 * @param aic4          AIC4
 * @param bic           BIC
 * @param caic          CAIC
 * @param hq            HQ
 * @param mdl5          MDL5
 * @param entropy       normed entropy EN
 * @param objective     the quantity the method maximises where it is not lnL (PLS-POS: the sum of the segments'
 *                      R²), null for the other methods
 * @param sizes         rows assigned to each segment (most probable segment)
 * @param converged     whether the method's iteration converged
 * @param iterations    its iterations
 */
public record RetentionEntry(int k, Double logLikelihood, Integer parameters, Double aic, Double aic3, Double aic4,
                             Double bic, Double caic, Double hq, Double mdl5, Double entropy, Double objective, List<Integer> sizes,
                             boolean converged, int iterations) {
}
