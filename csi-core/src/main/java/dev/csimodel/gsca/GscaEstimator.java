package dev.csimodel.gsca;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.result.Convergence;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;

import java.util.List;

/**
 * Estimates a {@link PathModel} by generalized structured component analysis (Hwang and Takane
 * 2004): {@code new GscaEstimator(settings).estimate(model, data) → GscaResult}. The model's
 * construct types decide the criterion as in cSEM 0.6.1 without disattenuation: the loadings of
 * common factors ({@code =~}) are fitted, those of composites ({@code <~}) are fixed at zero, so
 * an all-composite model maximises the sum of the R². PLS's outer modes A and B do not apply
 * (GSCA estimates every weight); blocks with unit weights keep them. Works on the Pearson
 * correlations of the indicators; holds only its settings, so it is immutable and thread-safe.
 */
public final class GscaEstimator {

    private final GscaSettings settings;

    /** @param settings the estimation settings */
    public GscaEstimator(GscaSettings settings) {
        Arguments.requireNonNull(settings, "settings");
        this.settings = settings;
    }

    /** @return an estimator with {@link GscaSettings#defaults()} */
    public static GscaEstimator withDefaults() {
        return new GscaEstimator(GscaSettings.defaults());
    }

    /** @return the settings */
    public GscaSettings settings() {
        return settings;
    }

    /**
     * Estimates {@code model} on the columns of {@code data} the model names.
     *
     * @throws CsiDataException       naming the column if one is missing or holds bad values
     * @throws CsiEstimationException if a block or a set of predictors is singular, or the
     *                                iteration does not converge and the settings make that an error
     * @param model the path model
     * @param data the complete rows, one column per indicator of {@code model}
     * @return the GSCA weights, loadings, path coefficients and fit
     */
    public GscaResult estimate(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        List<String> missing = model.indicators().stream().filter(i -> !data.hasColumn(i)).toList();
        if (!missing.isEmpty()) {
            throw new CsiDataException("the data has no column for indicator(s) " + missing
                    + "; its columns are " + data.columnNames());
        }
        return estimate(model, Moments.of(data, model.indicators()));
    }

    /**
     * Estimates {@code model} from indicator moments (e.g. accumulated in a stream).
     * @param model the path model
     * @param moments the indicators' moments (their correlation matrix is what GSCA fits)
     * @return the GSCA weights, loadings, path coefficients and fit
     */
    public GscaResult estimate(PathModel model, Moments moments) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(moments, "moments");
        Moments m = moments.select(model.indicators());
        DMatrixRMaj s = DMatrixRMaj.wrap(m.size(), m.size(), m.correlationMatrix());
        GscaProblem problem = new GscaProblem(model, s, m.observations());
        double[] weights = new double[problem.indicators()];
        Convergence c = new GscaAlgorithm(problem).run(settings, weights);
        if (!c.converged() && settings.failOnNonConvergence()) {
            throw new CsiEstimationException("the GSCA iteration did not converge in " + c.iterations()
                    + " sweeps (last change " + c.finalChange() + ", tolerance " + settings.tolerance() + ")");
        }
        return new GscaResult(problem, settings, weights, c);
    }
}
