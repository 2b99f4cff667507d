package dev.csimodel.estimate;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.data.Moments;
import dev.csimodel.data.WeightedMoments;
import dev.csimodel.data.missing.MissingData;
import dev.csimodel.data.missing.MissingDataReport;
import dev.csimodel.data.missing.MissingStrategy;
import dev.csimodel.data.missing.PreparedData;
import dev.csimodel.result.Convergence;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.BlockStructure;
import dev.csimodel.spec.OuterMode;
import dev.csimodel.spec.PathModel;
import org.ejml.data.DMatrixRMaj;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates a {@link PathModel} by PLS path modelling (Wold 1982; Lohmöller 1989; Tenenhaus et
 * al. 2005): {@code estimator.estimate(model, data) → result}.
 *
 * <p>The estimator reduces the data to the indicators' moments, runs the outer iteration on the
 * correlation (or covariance) matrix, orients each construct so that it correlates positively
 * with the majority of its indicators, and hands the final weights to {@link PlsResult}. It
 * holds only its settings: immutable and safe to share between threads.
 */
public final class PlsEstimator {

    private static final Logger LOG = LoggerFactory.getLogger(PlsEstimator.class);

    private final PlsSettings settings;

    /** @param settings the estimation settings */
    public PlsEstimator(PlsSettings settings) {
        Arguments.requireNonNull(settings, "settings");
        this.settings = settings;
    }

    /** @return an estimator with {@link PlsSettings#defaults()} */
    public static PlsEstimator withDefaults() {
        return new PlsEstimator(PlsSettings.defaults());
    }

    /** @return the settings */
    public PlsSettings settings() {
        return settings;
    }

    /**
     * Estimates {@code model} on {@code data}, using only the columns the model names.
     *
     * @throws CsiDataException       naming the column if one is missing, holds a missing or
     *                                non-finite value, or is constant
     * @throws CsiEstimationException if the estimation fails (or does not converge and the
     *                                settings make that an error)
     * @param model the path model
     * @param data the rows, one column per indicator of {@code model}; a missing value is rejected
     * @return the estimate
     */
    public PlsResult estimate(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        // PathModel.indicators() builds its list afresh: once per estimate is enough.
        List<String> indicators = model.indicators();
        requireColumns(indicators, data);
        Moments moments = Moments.of(data, indicators);
        return estimate(model, moments, data, null);
    }

    /**
     * Estimates {@code model} on {@code data} with missing values ({@code NaN}) treated by
     * {@code strategy}; the result's {@link PlsResult#missingData()} reports what was missing and
     * what was done. Construct scores: for {@link MissingStrategy#MEAN} every row, computed from
     * the imputed values; for {@link MissingStrategy#LISTWISE} and {@link MissingStrategy#PAIRWISE}
     * the complete rows only ({@link MissingDataReport#scoreRows()} lists them).
     *
     * @throws CsiDataException naming the column (and row) of bad data, see {@link MissingData}
     * @param model the path model
     * @param data the rows, one column per indicator of {@code model}, NaN marking a missing value
     * @param strategy how missing values are treated
     * @return the estimate
     */
    public PlsResult estimate(PathModel model, DataTable data, MissingStrategy strategy) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(strategy, "strategy");
        return estimate(model, data, DataHandling.defaults().withMissing(strategy));
    }

    /**
     * Estimates {@code model} on {@code data} with the given missing-data strategy and sampling
     * weights (see {@link DataHandling}).
     *
     * @throws CsiDataException naming the column and row of bad data or of a bad weight
     * @param model the path model
     * @param data the rows, one column per indicator of {@code model} (and the weight column, if any)
     * @param handling the missing-data strategy and the sampling-weight column
     * @return the estimate
     */
    public PlsResult estimate(PathModel model, DataTable data, DataHandling handling) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        Arguments.requireNonNull(handling, "handling");
        requireColumns(model.indicators(), data);
        double[] w = null;
        if (handling.weightColumn() != null) {
            if (model.indicators().contains(handling.weightColumn())) {
                throw new CsiSpecificationException("the weight column '" + handling.weightColumn()
                        + "' is an indicator of the model");
            }
            w = WeightedMoments.weights(data, handling.weightColumn());
            if (handling.weightKind() == WeightKind.SAMPLING) {
                w = samplingWeights(w, data, model, handling.missing());
            }
        }
        PreparedData prepared = MissingData.prepare(data, model.indicators(), handling.missing(), w);
        return estimate(model, prepared.moments(), prepared.rows(), prepared.report());
    }

    /**
     * Sampling weights rescaled so that they sum to the number of rows the moments use: the
     * complete rows under listwise deletion (so n is the complete-row count), else all rows.
     */
    private static double[] samplingWeights(double[] w, DataTable data, PathModel model, MissingStrategy missing) {
        if (missing != MissingStrategy.LISTWISE) {
            return WeightedMoments.normalised(w);
        }
        boolean[] used = new boolean[w.length];
        java.util.Arrays.fill(used, true);
        for (String c : model.indicators()) {
            double[] x = data.column(c);
            for (int r = 0; r < x.length; r++) {
                used[r] &= !Double.isNaN(x[r]);
            }
        }
        return WeightedMoments.normalised(w, used);
    }

    /**
     * Estimates {@code model} from indicator moments (e.g. accumulated in a stream); the result
     * has no construct scores.
     * @param model the path model
     * @param moments the indicators' means and covariance matrix (the rows themselves are not needed)
     * @return the estimate, without construct scores
     */
    public PlsResult estimate(PathModel model, Moments moments) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(moments, "moments");
        return estimate(model, moments.select(model.indicators()), null, null);
    }

    private PlsResult estimate(PathModel model, Moments moments, DataTable data, MissingDataReport report) {
        requireNoInteractions(model);
        BlockStructure blocks = model.blocks();
        SampleSizeCheck.run(blocks, moments.observations());
        double[] weights = new double[blocks.indicatorCount()];
        DMatrixRMaj s = workingMatrix(moments);
        Convergence c = new OuterIteration(blocks, settings.scheme())
                .run(s, moments.observations(), startWeights(moments.names()), settings.tolerance(), settings.maxIterations(), weights);
        if (!c.converged()) {
            String msg = "the PLS iteration did not converge in " + c.iterations()
                    + " iterations (last change " + c.finalChange() + ", tolerance " + settings.tolerance() + ")";
            if (settings.failOnNonConvergence()) {
                throw new CsiEstimationException(msg);
            }
            // Reported in the result (flag, diagnostics); a warning per call would flood the log
            // of a bootstrap, which counts its non-converged resamples itself.
            LOG.debug(msg);
        }
        orient(blocks, s, weights);
        return new PlsResult(model, settings, moments, weights, c, data, report);
    }

    private DMatrixRMaj workingMatrix(Moments m) {
        double[] s = settings.scaling() == Scaling.STANDARDISED ? m.correlationMatrix() : m.covarianceMatrix();
        return DMatrixRMaj.wrap(m.size(), m.size(), s);
    }

    /** @param indicators the model's indicators, in model order (the moments' names) */
    private double[] startWeights(List<String> indicators) {
        if (settings.startWeights().isEmpty()) {
            double[] ones = new double[indicators.size()];
            java.util.Arrays.fill(ones, 1.0);
            return ones;
        }
        settings.startWeights().keySet().forEach(k -> {
            if (!indicators.contains(k)) {
                throw new CsiSpecificationException("start weight given for '" + k + "', which is not an indicator of the model");
            }
        });
        double[] start = new double[indicators.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = settings.startWeights().getOrDefault(indicators.get(i), 1.0);
        }
        return start;
    }

    /**
     * Flips a block whose composite correlates negatively with more than half of its indicators,
     * so that signs do not depend on the starting weights. Unit weights are positive by
     * definition and never flipped (a reverse-coded item has to be recoded, as for a sum score).
     */
    static void orient(BlockStructure blocks, DMatrixRMaj s, double[] w) {
        for (int k = 0; k < blocks.constructCount(); k++) {
            if (blocks.mode(k) == OuterMode.UNIT) {
                continue;
            }
            int negative = 0;
            for (int i = blocks.start(k); i < blocks.end(k); i++) {
                double cov = 0;
                for (int j = blocks.start(k); j < blocks.end(k); j++) {
                    cov += s.unsafe_get(i, j) * w[j];
                }
                if (cov < 0) {
                    negative++;
                }
            }
            if (2 * negative > blocks.blockSize(k)) {
                for (int i = blocks.start(k); i < blocks.end(k); i++) {
                    w[i] = -w[i];
                }
            }
        }
    }

    /** The product of two constructs needs their scores, which moments alone cannot give. */
    private static void requireNoInteractions(PathModel model) {
        if (model.hasInteractions()) {
            throw new CsiSpecificationException("the model has interaction terms " + model.interactionPaths()
                    + ", which the plain PLS estimator cannot estimate: use dev.csimodel.moderation.ModerationEstimator");
        }
    }

    private static void requireColumns(List<String> indicators, DataTable data) {
        List<String> missing = new ArrayList<>();
        for (String ind : indicators) {
            if (!data.hasColumn(ind)) {
                missing.add(ind);
            }
        }
        if (!missing.isEmpty()) {
            throw new CsiDataException("the data has no column for indicator(s) " + missing
                    + "; its columns are " + data.columnNames());
        }
    }
}
