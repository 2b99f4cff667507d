package dev.csimodel.ordinal;

import dev.csimodel.Arguments;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.estimate.Scaling;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;

/**
 * Ordinal PLS (OrdPLS) and ordinal consistent PLS (OrdPLSc; Schuberth, Henseler and Dijkstra
 * 2018, "Partial least squares path modeling using ordinal categorical indicators", Quality &amp;
 * Quantity 52(1), 9–35): PLS path modelling on the polychoric/polyserial correlation matrix of
 * the indicators instead of their Pearson correlations, {@code estimator.estimate(model, data) →
 * result}.
 *
 * <p>Each ordinal indicator is taken as a discretised standard normal latent response; the
 * correlations of those responses ({@link IndicatorCorrelations}) replace S in the PLS iteration,
 * so weights, loadings (correlations with the latent responses), paths and R² follow from the
 * usual formulas on that matrix. With {@link PlsSettings#consistent()} the PLSc correction of
 * the common factors is applied to the same matrix: OrdPLSc. The latent responses have no
 * observed values, so the result has no construct scores and no means, hence no 0-100 indices
 * ({@link OrdinalResult#scores()}).
 */
public final class OrdinalEstimator {

    private final PlsSettings pls;
    private final OrdinalSettings ordinal;

    /**
     * @param pls     the PLS settings (standardised scaling: the latent responses have unit variance)
     * @param ordinal which indicators are ordinal and how their correlations are estimated
     * @throws CsiSpecificationException if {@code pls} asks for centred scaling, which the
     *                                   correlations of latent responses cannot give
     */
    public OrdinalEstimator(PlsSettings pls, OrdinalSettings ordinal) {
        Arguments.requireNonNull(pls, "pls");
        Arguments.requireNonNull(ordinal, "ordinal");
        if (pls.scaling() != Scaling.STANDARDISED) {
            throw new CsiSpecificationException("ordinal PLS works on correlations of standardised latent responses:"
                    + " scaling must be standardised, not " + pls.scaling());
        }
        this.pls = pls;
        this.ordinal = ordinal;
    }

    /** @return the PLS settings */
    public PlsSettings plsSettings() {
        return pls;
    }

    /** @return the ordinal settings */
    public OrdinalSettings ordinalSettings() {
        return ordinal;
    }

    /**
     * Estimates the indicator correlations of {@code model}'s indicators in {@code data}, then
     * the PLS model on them.
     *
     * @param model the path model (no interaction terms, no higher-order constructs)
     * @param data  the rows, one column per indicator, no missing values
     * @return the estimate
     * @throws CsiSpecificationException for a model with higher-order constructs or interaction
     *                                   terms, or an ordinal declaration naming a non-indicator
     * @throws dev.csimodel.CsiDataException naming the indicator with bad data (see
     *                                   {@link IndicatorCorrelations#estimate})
     * @throws NotPositiveDefiniteException if the correlation matrix is not positive definite
     *                                   and smoothing is off
     */
    public OrdinalResult estimate(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        if (!model.higherOrderConstructs().isEmpty()) {
            throw new CsiSpecificationException("ordinal PLS does not support higher-order constructs "
                    + model.higherOrderConstructs() + ": their stages need scores, which ordinal indicators do not give");
        }
        IndicatorCorrelations correlations = IndicatorCorrelations.estimate(data, model.indicators(), ordinal);
        PlsResult fit = new PlsEstimator(pls).estimate(model, correlations.moments());
        return new OrdinalResult(fit, correlations, ordinal);
    }
}
