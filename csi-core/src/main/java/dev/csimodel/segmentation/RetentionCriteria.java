package dev.csimodel.segmentation;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.spec.PathModel;

import java.util.OptionalDouble;

/**
 * The information criteria used to choose the number of latent segments K (Sarstedt, Becker,
 * Ringle and Schwaiger 2011, table 1), from the log-likelihood lnL of a K-segment solution with
 * N_K free parameters on n observations:
 * AIC = −2 lnL + 2 N_K; AIC3 = −2 lnL + 3 N_K; AIC4 = −2 lnL + 4 N_K; BIC = −2 lnL + ln(n) N_K;
 * CAIC = −2 lnL + (ln(n) + 1) N_K; HQ = −2 lnL + 2 ln(ln(n)) N_K; MDL5 = −2 lnL + 5 ln(n) N_K;
 * and the normed entropy EN of the memberships (absent for K = 1). Smaller is better for every
 * criterion but lnL and EN.
 *
 * @param segments K
 * @param observations n
 * @param parameters N_K
 * @param logLikelihood lnL
 * @param aic AIC
 * @param aic3 AIC3
 * @param aic4 AIC4
 * @param bic BIC
 * @param caic CAIC
 * @param hq HQ
 * @param mdl5 MDL5
 * @param normedEntropy EN, empty for K = 1
 */
public record RetentionCriteria(int segments, int observations, int parameters, double logLikelihood,
                                double aic, double aic3, double aic4, double bic, double caic, double hq,
                                double mdl5, OptionalDouble normedEntropy) {

    /**
     * Validates.
     *
     * @param segments K
     * @param observations n
     * @param parameters N_K
     * @param logLikelihood lnL
     * @param aic AIC
     * @param aic3 AIC3
     * @param aic4 AIC4
     * @param bic BIC
     * @param caic CAIC
     * @param hq HQ
     * @param mdl5 MDL5
     * @param normedEntropy EN, empty for K = 1
     */
    public RetentionCriteria {
        Arguments.requireNonNull(normedEntropy, "normedEntropy");
    }

    /**
     * @param logLikelihood lnL of the solution
     * @param parameters N_K, see {@link #structuralParameters(PathModel, int)}
     * @param memberships the solution's memberships (n and K, and EN)
     * @return the criteria
     * @throws CsiSpecificationException if lnL is not finite or the counts are not positive
     */
    public static RetentionCriteria of(double logLikelihood, int parameters, Memberships memberships) {
        Arguments.requireNonNull(memberships, "memberships");
        int n = memberships.rowCount();
        if (!Double.isFinite(logLikelihood) || parameters < 1 || n < 2) {
            throw new CsiSpecificationException("retention criteria need a finite log-likelihood, parameters "
                    + "and two or more observations: lnL=" + logLikelihood + ", N=" + parameters + ", n=" + n);
        }
        double d = -2 * logLikelihood;
        double ln = Math.log(n);
        return new RetentionCriteria(memberships.segmentCount(), n, parameters, logLikelihood,
                d + 2 * parameters, d + 3 * parameters, d + 4 * parameters, d + ln * parameters,
                d + (ln + 1) * parameters, d + 2 * Math.log(ln) * parameters, d + 5 * ln * parameters,
                memberships.normedEntropy());
    }

    /**
     * The free parameters of a K-segment finite mixture of the structural model (Hahn et al.
     * 2002): N_K = (K − 1) + K·R + K·Q, with R the number of structural paths (the regression
     * coefficients of all endogenous constructs) and Q the number of endogenous constructs (one
     * error variance each).
     *
     * @param model the path model
     * @param segments K ≥ 1
     * @return N_K
     */
    public static int structuralParameters(PathModel model, int segments) {
        Arguments.requireNonNull(model, "model");
        if (segments < 1) {
            throw new CsiSpecificationException("the number of segments must be at least 1, got " + segments);
        }
        int paths = model.paths().size();
        int endogenous = model.endogenous().size();
        return (segments - 1) + segments * paths + segments * endogenous;
    }
}
