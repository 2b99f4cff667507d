package dev.csimodel.predict;

import dev.csimodel.Arguments;
import dev.csimodel.CsiDataException;
import dev.csimodel.CsiEstimationException;
import dev.csimodel.CsiSpecificationException;
import dev.csimodel.data.DataTable;
import dev.csimodel.estimate.PlsEstimator;
import dev.csimodel.estimate.PlsSettings;
import dev.csimodel.result.PlsResult;
import dev.csimodel.spec.PathModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Blindfolding: the Stone-Geisser Q² of each endogenous construct (Stone 1974; Geisser 1974;
 * Wold 1982; Tenenhaus, Esposito Vinzi, Chatelin and Lauro 2005, section 3.4; Hair, Hult,
 * Ringle and Sarstedt, "A Primer on PLS-SEM", chapter 6).
 *
 * <p>The variant, exactly: for each endogenous construct separately, the cells of its
 * indicator block are numbered column by column, {@code c = j·n + i} (indicator j, row i), and
 * in round {@code d = 0..D−1} the cells with {@code c mod D = d} are omitted. Each omitted cell
 * is replaced by the mean of the indicator's remaining (non-omitted) values and the whole model
 * is re-estimated on the completed data. The omitted cells are then predicted on the
 * indicator's scale as {@code x̂ = m + s·λ·ŷ} with the round's means m, SDs s and loadings λ:
 * for the cross-validated <em>redundancy</em> ŷ is the structural prediction
 * {@code Σ β_pk y_p} from the round's scores of the direct antecedents, for the cross-validated
 * <em>communality</em> ŷ is the construct's own round score. Errors are expressed in the
 * full-sample standardised units of the indicator and {@code Q² = 1 − SSE/SSO}
 * ({@link ConstructQ2}). Only the block of the construct under study is blinded; D·(number of
 * endogenous constructs) estimations are run.
 *
 * <p>Because cells are numbered column by column, an omission distance that divides n would
 * blind the same rows in every indicator, deleting whole observations; Hair et al. therefore
 * require n/D not to be an integer, and this class rejects such a D. They recommend
 * 5 ≤ D ≤ 12; other values ≥ 2 are accepted with a logged warning. The result depends on the
 * row order (the omission pattern does) but is deterministic.
 */
public final class Blindfolding {

    private static final Logger LOG = LoggerFactory.getLogger(Blindfolding.class);

    /** The omission distance of Hair et al.'s examples and of SmartPLS. */
    public static final int DEFAULT_OMISSION_DISTANCE = 7;

    private final PlsEstimator estimator;
    private final int omissionDistance;

    /**
     * @param estimation       how each round is estimated
     * @param omissionDistance D, at least 2
     */
    public Blindfolding(PlsSettings estimation, int omissionDistance) {
        Arguments.requireNonNull(estimation, "estimation");
        if (omissionDistance < 2) {
            throw new CsiSpecificationException("the omission distance must be at least 2, got " + omissionDistance);
        }
        if (omissionDistance < 5 || omissionDistance > 12) {
            LOG.warn("omission distance {} is outside the range 5..12 recommended by Hair et al.", omissionDistance);
        }
        this.estimator = new PlsEstimator(estimation);
        this.omissionDistance = omissionDistance;
    }

    /** @return blindfolding with default estimation settings and D = 7 */
    public static Blindfolding withDefaults() {
        return new Blindfolding(PlsSettings.defaults(), DEFAULT_OMISSION_DISTANCE);
    }

    /** @return the omission distance D */
    public int omissionDistance() {
        return omissionDistance;
    }

    /**
     * Computes Q² for every endogenous construct of {@code model}.
     *
     * @throws CsiSpecificationException if the model has no endogenous construct, or D divides
     *                                   the number of rows or exceeds half of it
     * @throws CsiDataException          if a round cannot be estimated (e.g. an indicator's
     *                                   remaining values are constant)
     * @param model the path model to assess; it needs at least one endogenous construct
     * @param data the complete rows (no missing values), one column per indicator of {@code model}
     * @return Q² per endogenous construct and per reflective indicator, from the D omission rounds
     */
    public BlindfoldingResult run(PathModel model, DataTable data) {
        Arguments.requireNonNull(model, "model");
        Arguments.requireNonNull(data, "data");
        int n = data.rowCount();
        if (2 * omissionDistance > n) {
            throw new CsiSpecificationException("omission distance " + omissionDistance + " is more than half of the "
                    + n + " rows");
        }
        if (n % omissionDistance == 0) {
            throw new CsiSpecificationException("omission distance " + omissionDistance + " divides the number of rows "
                    + n + "; Hair et al. require n/D not to be an integer, e.g. D = " + suggestion(n));
        }
        if (model.endogenous().isEmpty()) {
            throw new CsiSpecificationException("the model has no endogenous construct, so there is no Q² to compute");
        }
        List<ConstructQ2> out = new ArrayList<>();
        for (String c : model.endogenous()) {
            out.add(blindfold(model, data, c));
        }
        return new BlindfoldingResult(omissionDistance, out);
    }

    private int suggestion(int n) {
        for (int d = 7; d <= 12; d++) {
            if (n % d != 0) {
                return d;
            }
        }
        return 5;
    }

    private ConstructQ2 blindfold(PathModel model, DataTable data, String construct) {
        List<String> items = model.construct(construct).indicators();
        int n = data.rowCount();
        double[][] x = new double[items.size()][];
        double[] mean = new double[items.size()];
        double[] sd = new double[items.size()];
        double sso = 0;
        for (int j = 0; j < items.size(); j++) {
            x[j] = data.column(items.get(j));
            mean[j] = mean(x[j]);
            sd[j] = Math.sqrt(centredSquares(x[j], mean[j]) / n);
            sso += centredSquares(x[j], mean[j]) / (sd[j] * sd[j]);
        }
        double[] sse = new double[2];
        for (int d = 0; d < omissionDistance; d++) {
            try {
                round(model, data, construct, x, sd, d, sse);
            } catch (CsiDataException e) {
                throw new CsiDataException(context(construct, d) + e.getMessage(), e);
            } catch (CsiEstimationException e) {
                throw new CsiEstimationException(context(construct, d) + e.getMessage(), e);
            }
        }
        return new ConstructQ2(construct, sso, sse[0], sse[1]);
    }

    private String context(String construct, int d) {
        return "blindfolding construct '" + construct + "', omission round " + (d + 1) + " of " + omissionDistance + ": ";
    }

    /** One omission round: blind, impute, re-estimate, predict; adds to {@code sse} (redundancy, communality). */
    private void round(PathModel model, DataTable data, String construct, double[][] x, double[] sd, int d, double[] sse) {
        List<String> items = model.construct(construct).indicators();
        int n = data.rowCount();
        DataTable completed = data;
        for (int j = 0; j < items.size(); j++) {
            completed = completed.withColumn(items.get(j), imputed(x[j], j, d));
        }
        PlsResult fit = estimator.estimate(model, completed);
        ScoreProjection proj = new ScoreProjection(fit);
        double[][] scores = proj.scores(completed);
        int k = model.indexOf(construct);
        double[] structural = proj.constructPredictions(scores, PredictionTechnique.DIRECT_ANTECEDENTS)[k];
        for (int j = 0; j < items.size(); j++) {
            for (int i = 0; i < n; i++) {
                if (omitted(j, i, n, d)) {
                    double eR = (x[j][i] - proj.itemPrediction(items.get(j), structural[i])) / sd[j];
                    double eC = (x[j][i] - proj.itemPrediction(items.get(j), scores[k][i])) / sd[j];
                    sse[0] += eR * eR;
                    sse[1] += eC * eC;
                }
            }
        }
    }

    private boolean omitted(int j, int i, int n, int d) {
        return ((long) j * n + i) % omissionDistance == d;
    }

    /** The column with its round-d cells replaced by the mean of its remaining cells. */
    private double[] imputed(double[] column, int j, int d) {
        int n = column.length;
        double sum = 0;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!omitted(j, i, n, d)) {
                sum += column[i];
                kept++;
            }
        }
        double m = sum / kept;
        double[] out = column.clone();
        for (int i = 0; i < n; i++) {
            if (omitted(j, i, n, d)) {
                out[i] = m;
            }
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a;
        }
        return s / v.length;
    }

    private static double centredSquares(double[] v, double m) {
        double s = 0;
        for (double a : v) {
            s += (a - m) * (a - m);
        }
        return s;
    }
}
